# `match` and `case` stay ordinary names outside match statements.
import re

match = 1
case = 2
print(match, case)
match += 10
print(match)
match = [10, 20, 30]
match[0] = 5
print(match[0], match)
print(match[1:])
match = {"case": 3}
print(match["case"])


def match(x, case=0):
    return x + case


print(match(1), match(1, case=5))
print(match (2))
match(3)
result = match(4) if match(0) == 0 else None
print(result)


class case:
    match = "attr"


print(case.match)
case.match = "changed"
print(case.match)

m = re.match(r"(\d+)", "123abc")
print(m.group(1))

match, case = "m", "c"
print(match, case)
match: int = 7
print(match)

# A real match statement whose subject is named match, and cases using
# `match` and `case` as capture names.
match match:
    case case:
        print("captured", case)

match = [1, 2]
match match:
    case [match, case]:
        print(match, case)

# Subjects starting with brackets or operators.
x = 3
match (x):
    case 3:
        print("paren subject")
match [x, x]:
    case [3, 3]:
        print("list subject")
match -x:
    case -3:
        print("negative subject")
match x, x:
    case (3, 3):
        print("tuple subject")
match {"k": x}:
    case {"k": 3}:
        print("dict subject")

# Nested match statements; `case` names inside case bodies.
def nested(a, b):
    match a:
        case 1:
            case = "one"
            match b:
                case 2:
                    return case + "-two"
                case _:
                    return case + "-other"
        case _:
            return "outer other"


print(nested(1, 2), nested(1, 3), nested(2, 2))

# match statements in functions bind locals.
def local_capture(v):
    match v:
        case [first, *rest]:
            pass
    return first, rest


print(local_capture([1, 2, 3]))

# One-line case bodies and several statements per line.
match 5:
    case 5: print("five"); print("still five")

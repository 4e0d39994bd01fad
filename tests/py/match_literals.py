# Literal, singleton, value, capture and wildcard patterns.
import math


def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case "spam":
            return "spam"
        case "a" "b":
            return "concat ab"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "no literal"


for v in [0, 0.0, -1, 2.5, -0.5, "spam", "ab", b"raw", None,
          True, False, 1, 1.0, "x", [], math.inf]:
    print(repr(v), "->", lit(v))


class Color:
    RED = 1
    GREEN = 2

    class Shade:
        DARK = "dark"


def val(x):
    match x:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.Shade.DARK:
            return "dark"
        case math.pi:
            return "pi"
        case other:
            return f"captured {other!r}"


for v in [1, 2, "dark", math.pi, 3]:
    print(v, val(v))

# `True` matches only True (identity), 1 does not; 1 matches True by ==.
for v in [1, True, 0, False, 1.0]:
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")
        case _:
            print(repr(v), "else")

# A capture binds in the enclosing scope and keeps its value afterwards.
match [1, 2]:
    case whole:
        pass
print(whole)

# No case matches: nothing runs, nothing is bound.
match 42:
    case 1:
        print("one")
    case "x":
        print("x")
print("after no match")

# The subject is evaluated once.
calls = []


def subject():
    calls.append(1)
    return 3


match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three, evaluated", len(calls), "time")

# Wildcard does not bind `_`.
_ = "untouched"
match 5:
    case _:
        print("wild", _)

# Guards see the captures; a failing guard moves on.
for n in range(-2, 3):
    match n:
        case x if x < 0:
            print(n, "negative", x)
        case 0:
            print(n, "zero")
        case x if x % 2:
            print(n, "odd")
        case _ if n > 100:
            print("never")
        case _:
            print(n, "even positive")

# Captures made before a failing guard stay bound (as in CPython).
match 7:
    case y if y > 10:
        print("big")
    case _:
        print("y after failed guard:", y)

# Or-patterns, as-patterns, and how captures combine.


def classify(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case [0, y] | [y, 0]:
            return f"pair with zero, other={y}"
        case {"a": v} | {"b": v}:
            return f"a-or-b {v}"
        case (int() | float()) as num if num < 0:
            return f"negative {num}"
        case [(1 | 2) as first, *_] as whole:
            return f"starts with {first}: {whole}"
        case str() | bytes():
            return "text"
        case _:
            return "other"


for v in [0, 2, [0, 5], [7, 0], {"a": 1}, {"b": 2}, -3, -2.5, [1, 9, 9], [2], "s", b"b", [3]]:
    print(repr(v), "->", classify(v))

# Alternatives binding the same names in different orders.
for v in [(1, "a"), ("b", 2)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n", n, "s", s)

# Nested or-patterns inside sequences and classes.
class Box:
    __match_args__ = ("content",)

    def __init__(self, content):
        self.content = content


for b in [Box(1), Box("x"), Box([1, 2]), Box(None)]:
    match b:
        case Box(1 | "x" as c):
            print("box of", c)
        case Box([_, _] | None):
            print("box of pair or None")

# as-patterns bind even when the inner pattern is a capture.
match [1, 2]:
    case [a as b, c] as lst:
        print(a, b, c, lst)

# An or-pattern ending with an irrefutable alternative in the last case.
for v in [1, "z"]:
    match v:
        case 1 | _:
            print("v", v)

# A failed alternative does not leave bindings behind for the next one.
match [3, 4]:
    case [1, q] | [q, 4]:
        print("q", q)

# Sequence patterns: lists, tuples, star patterns, what counts as a sequence.
import collections


def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case (a, b, c):
            return f"three: {a} {b} {c}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "not a sequence"


for v in [[], (), [1], (1,), [1, 2], (1, 2, 3), [1, 2, 3], list(range(6)),
          range(2), range(4), "ab", b"ab", {"a": 1}, {1, 2}, 5,
          iter([1, 2])]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", seq(v))


def star(x):
    match x:
        case [*_]:
            pass
    match x:
        case [1, *rest]:
            return f"starts with 1, rest={rest}"
        case [*init, 9]:
            return f"ends with 9, init={init}"
        case [_, *_, "end"]:
            return "ends with 'end'"
        case [a, *_, b]:
            return f"a={a} b={b}"
        case [*everything]:
            return f"everything={everything}"


for v in [[1], [1, 2, 3], [5, 9], [0, 0, 0, 9], ["x", "y", "end"], [3, 4, 5], [7], []]:
    print(v, "->", star(v))

# Open sequence patterns at the top of a case, and tuple subjects.
for p in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 2, 3)]:
    match p:
        case 0, 0:
            print(p, "origin")
        case 0, y:
            print(p, "on y axis at", y)
        case x, 0:
            print(p, "on x axis at", x)
        case x, y if x == y:
            print(p, "diagonal")
        case x, *rest:
            print(p, "x", x, "rest", rest)

match 1, 2:
    case a, b:
        print("subject tuple", a, b)

match *[1, 2], 3:
    case [*xs]:
        print("starred subject", xs)

# Nested sequences.
match [1, [2, [3, 4]], (5,)]:
    case [a, [b, [c, d]], (e,)]:
        print("nested", a, b, c, d, e)

# Group patterns and parenthesised sequences.
match (1,):
    case (x):
        print("group captures the tuple", x)
match [4, 5]:
    case ([a, b]):
        print("group of a list pattern", a, b)

# Subclasses of list and tuple are sequences; named tuples too.
class MyList(list):
    pass


Pt = collections.namedtuple("Pt", "x y")
match MyList([1, 2]):
    case [a, b]:
        print("MyList", a, b)
match Pt(3, 4):
    case (a, b):
        print("namedtuple", a, b)

# A string is never a sequence for patterns, even with a star.
match "hello":
    case [*letters]:
        print("letters", letters)
    case str(s):
        print("string", s)

# Deque is a sequence.
match collections.deque([1, 2, 3]):
    case [1, *rest]:
        print("deque", rest)
    case _:
        print("deque is not matched")

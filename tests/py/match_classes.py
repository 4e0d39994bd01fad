# Class patterns: isinstance checks, __match_args__, keyword sub-patterns,
# built-in types matching themselves, and the runtime TypeErrors.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"x=0, y={y}"
        case Point3(x, y, z=0):
            return f"3d flat {x} {y}"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"somewhere {p!r}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point3(1, 2, 0), Point(3, 0), Point(4, 4),
          Point(1, 2), Point3(1, 2, 3), (0, 0), None]:
    print(p, "->", where(p))


# Dataclass-style: a class written the way @dataclass would generate it.
class Order:
    __match_args__ = ("item", "qty")

    def __init__(self, item, qty, note=""):
        self.item = item
        self.qty = qty
        self.note = note


orders = [Order("apple", 3), Order("pear", 0), Order("fig", 12, "gift"), Order("fig", 1)]
for o in orders:
    match o:
        case Order(_, 0):
            print(o.item, "none ordered")
        case Order("fig", qty, note=n) if n:
            print("fig order with note", qty, n)
        case Order(item, qty=q) if q > 2:
            print("bulk", item, q)
        case Order(item=i):
            print("plain", i)

# Built-in types match their single positional sub-pattern against the
# subject itself.
for v in [5, True, 2.5, "s", b"b", [1], (1, 2), {"k": 1}, {1}, frozenset({2}), None]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s) | bytes(s):
            print("text", s)
        case list([x]):
            print("list with", x)
        case tuple((a, b)):
            print("pair", a, b)
        case dict({"k": kv}):
            print("dict k", kv)
        case set(s) | frozenset(s):
            print("set-like", sorted(s))
        case _:
            print("other", v)

# Keyword sub-patterns use getattr: missing attributes fail the match.
class Anything:
    pass


a = Anything()
a.name = "thing"
match a:
    case Anything(name=str(n), size=s):
        print("has size", s)
    case Anything(name=n):
        print("name only", n)

# Properties and methods are attributes too.
class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32


match Temp(100):
    case Temp(f=212.0):
        print("boiling")

# Class patterns on dotted names.
class ns:
    Point = Point


match Point(7, 8):
    case ns.Point(x, y):
        print("dotted class", x, y)

# Errors.
class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)


class Dup:
    __match_args__ = ("a",)
    a = 1


try:
    match Dup():
        case Dup(1, a=1):
            pass
except TypeError as e:
    print("TypeError:", e)


class BadArgs:
    __match_args__ = ["a"]
    a = 1


try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)


class BadNames:
    __match_args__ = (1,)


try:
    match BadNames():
        case BadNames(1):
            pass
except TypeError as e:
    print("TypeError:", e)

not_a_class = len
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)

# No isinstance: no attribute lookups, no errors.
match 5:
    case NoArgs(1, 2, 3):
        print("never")
    case _:
        print("int is not NoArgs")

# Real dataclasses get __match_args__ from their fields.
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)


print(Item.__match_args__)
for it in [Item("pen", 1.5), Item("book", 12.0, ["paper"]), Item("cup", 0.0)]:
    match it:
        case Item(name, 0.0):
            print(name, "is free")
        case Item(name, price, [tag]):
            print(name, price, "tagged", tag)
        case Item(name=n, price=p):
            print(n, "costs", p)


@dataclass
class Custom:
    __match_args__ = ("b",)
    a: int
    b: int


match Custom(1, 2):
    case Custom(x):
        print("custom match_args", x)

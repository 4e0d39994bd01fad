# enum: Enum, IntEnum, StrEnum, auto, unique, aliases, functional API.
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

    def describe(self):
        return self.name.lower() + "=" + str(self.value)

    @property
    def is_warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color["GREEN"], Color(3), Color(1) is Color.RED, Color.CRIMSON is Color.RED)
print(list(Color), len(Color))
for c in Color:
    print(c.name, c.value, c.describe(), c.is_warm)
print(Color.RED in Color, Color.default(), type(Color.RED), type(Color))
print(repr(Color), Color)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != 1, Color.RED == 1)
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON], hash(Color.RED) == hash(Color.RED))
print(list(Color.__members__), [(k, v) for k, v in Color.__members__.items()])
print(f"{Color.BLUE}", "%s" % Color.BLUE, str(Color.BLUE), format(Color.BLUE, ">12"))
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(list(reversed(Color)))
print(Color._member_names_, Color.RED._value_, Color.RED._name_)

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Number.ONE, repr(Number.TWO), str(Number.THREE), f"{Number.TWO}", f"{Number.TWO:03d}")
print(Number.ONE == 1, Number.TWO + 1, Number.THREE * 2, Number.ONE < Number.TWO, Number.TWO > 1)
print({1: "one"}[Number.ONE], sorted([Number.THREE, Number.ONE]), int(Number.TWO), isinstance(Number.ONE, int))
print(Number(2), list(range(Number.THREE)), [1, 2, 3][Number.ONE])


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [a.value for a in Auto])


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    X = auto()
    Y = auto()


print(list(Lower), Lower.X.value)


class Method(StrEnum):
    GET = auto()
    POST = "post"


print(repr(Method.GET), str(Method.GET), Method.GET == "get", f"[{Method.POST}]", Method("post"))
print(Method.GET.upper(), "x" + Method.POST, len(Method.POST))


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        G = 6.673e-11
        return round(G * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, repr(Planet.MERCURY))


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Shape("square"), Shape(3))
try:
    Shape(9)
except ValueError as e:
    print("ValueError:", e)


@unique
class Ok(Enum):
    A = 1
    B = 2


print(list(Ok))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Pets = Enum("Pets", ["DOG", "FISH"])
print(list(Pets))
Sizes = Enum("Sizes", [("S", 1), ("L", 3)])
print(list(Sizes), Sizes(3))
Codes = IntEnum("Codes", {"OK": 200, "NOT_FOUND": 404})
print(list(Codes), Codes.OK == 200)


class Mixed(str, Enum):
    A = "a"
    B = "b"


print(repr(Mixed.A), str(Mixed.A), Mixed.A == "a", Mixed("b"))


class WithNew(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    LOW = (1, "low")
    HIGH = (2, "high")


print(WithNew.LOW, WithNew(2), WithNew.HIGH.label, WithNew.LOW.value)

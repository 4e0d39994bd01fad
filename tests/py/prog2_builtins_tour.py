import sys
import math


class DefaultList(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value


class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


class Temperature:
    """Celsius temperature."""

    def __init__(self, c):
        self.c = c

    def to_f(self):
        """Convert to Fahrenheit."""
        return self.c * 9 / 5 + 32


def main():
    x, y = 7, 3
    print(f"{x=} {y=!r} {x / y=:.3f} {x*y = }")
    name = "world"
    print(f"{'hi ' + name!r:>20}", f"{name.upper()[::-1]}", f"{{braces}} {x:{y}}", f"{[i for i in range(3)]}")
    d = DefaultList()
    d["a"].append(1)
    d["a"].append(2)
    d["b"]
    print(d, "c" in d, d.get("c"))
    print(list(Fib(100)), sum(Fib(10)), max(Fib(50)))
    print(Temperature.__doc__, Temperature.to_f.__doc__, Temperature.to_f.__name__, Temperature.to_f.__qualname__)
    print(Temperature.__name__, Temperature.__module__, type(Temperature(0)).__name__, Temperature(100).to_f())
    Dyn = type("Dyn", (Temperature,), {"kind": "dynamic", "double": lambda self: self.c * 2})
    dd = Dyn(21)
    print(Dyn.__name__, dd.kind, dd.double(), dd.to_f(), isinstance(dd, Temperature), Dyn.__bases__)
    t = Temperature(5)
    setattr(t, "label", "cold")
    print(getattr(t, "label"), getattr(t, "missing", "dflt"), hasattr(t, "c"), sorted(vars(t)))
    delattr(t, "label")
    print(hasattr(t, "label"))
    print(isinstance(3, (str, int)), isinstance(True, int), issubclass(bool, (int,)), type(True) is bool)
    data = iter([3, 2, 1, 0, 5])
    print(list(iter(lambda: next(data), 0)))
    s = slice(1, 8, 2)
    print(list(range(10))[s], s.start, s.stop, s.step, s.indices(5), "abcdefgh"[s])
    print(list(b"ab"), b"x" * 3, bytes(3), bytes([65, 66]), b"hello".upper(), b"a,b".split(b","))
    fs = frozenset([3, 1, 2])
    print(sorted(fs | {5}), sorted(fs & {1, 9}), fs - {1} == frozenset({2, 3}), fs.issubset(range(5)), hash(fs) == hash(frozenset([1, 2, 3])))
    k1 = {"a": 1, "b": 2, "c": 3}
    k2 = {"b": 0, "c": 0, "d": 0}
    print(sorted(k1.keys() & k2.keys()), sorted(k1.keys() - k2), sorted(k1.items() - {("a", 1)}), list(k1.values()))
    merged = k1 | k2
    k1 |= {"z": 26}
    print(merged, k1, {**k1, "a": 0}, dict(k1, b=20))
    print(divmod(7.5, 2), divmod(-7, 2), 7 // -2, -7 % 3, 7.5 % -2, 2 ** -1, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3))
    print(round(2.5), round(3.5), round(-2.5), round(1.005, 2), round(1234.5678, -2), round(7, -1), round(0.125, 2))
    print(0.1 + 0.2, 1 / 3, 1e16, 1e-5, 123456789.123456789, 2.0 ** 60, float("nan"), -float("inf"), 5e-324)
    print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.sqrt(2), math.pi, math.e, math.inf > 10 ** 100)
    print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.log(8, 2), math.log10(1000), math.exp(1))
    print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.hypot(3, 4), math.copysign(3, -0.0), math.fabs(-3))
    print(int(3.9), int(-3.9), int("  42  "), float(" 1.5 "), int("0b101", 0), int("1_000"), float("1e3"), str(1.0), str(10 ** 16 * 1.0))
    print(chr(9731), ord("€"), hex(ord("A")), "%s" % [1, "a"], str(None), repr(...), bool(""), bool("0"), bool(0.0))
    print(min(3, 1, 2), max("apple", "pear", key=len), min([(2, "b"), (1, "z"), (1, "a")]), sum([0.5, 0.25], 1))
    print(all(x > 0 for x in []), any([]), list(filter(None, [0, 1, "", "a", None, [], [0]])))
    print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: kv[1], reverse=True))
    nums = [5, 3, 8, 1]
    nums.sort(key=lambda n: -n)
    print(nums, nums.index(3), nums.count(8), nums[::-1], nums[1:3], nums[-1:-3:-1])
    del nums[1:3]
    nums.insert(1, 99)
    nums.remove(99)
    print(nums, nums.pop(0), nums, [0] * 3, [[0] * 2 for _ in range(2)])
    a = [1, 2, 3, 4, 5, 6]
    a[1:4] = ["x"]
    a[::2] = [0, 0, 0][: len(a[::2])]
    print(a)
    g = {"x": 1}
    exec("y = x + 1", g)
    print(g["y"], eval("x * 10", g), eval("len('abc') + 1"))
    print(type(globals()).__name__, "main" in globals(), sorted(k for k in locals() if k in ("a", "g")))
    print(sys.maxsize, sys.byteorder in ("little", "big"), sys.version_info[:2] >= (3, 0), sys.platform != "")
    print(pow(2, 10), pow(2.0, 3), pow(9, 0.5), abs(-0.0), -(-3), +3, ~5, 5 ^ 3, 6 & 3, 6 | 3, 1 << 10, 1024 >> 3)
    print(3 < 5 < 7, 3 < 5 > 7, 1 == 1.0 == True, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2) == (1, 2), None is None)
    print((n := 10) * 2, n, [m for v in range(5) if (m := v * v) > 5])
    print(*range(3), *"ab", sep="|", end=".\n")


main()

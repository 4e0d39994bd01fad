# numbers: the PEP 3141 tower over the built-in numbers, its abstract
# methods and mixins, against CPython 3.11.
import numbers

for v in (1, True, 1.5, 2j, "1", None, [1]):
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real,
                                         numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational))
for cls in (numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, sorted(cls.__abstractmethods__))
    try:
        cls()
    except TypeError as e:
        print(" ", e)


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = float(v)

    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, ndigits=None): return round(self.v, ndigits)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    def __repr__(self): return f"Meters({self.v})"


m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m), m.real, m.imag, m.conjugate())
print(complex(m), bool(m), bool(Meters(0)), isinstance(m, numbers.Complex))


class Half(numbers.Rational):
    numerator = 1
    denominator = 2


print(sorted(Half.__abstractmethods__)[:5], len(Half.__abstractmethods__))
print(numbers.Rational.__float__(Half.__new__(Half)) if not Half.__abstractmethods__ else "abstract")
print(numbers.Integral.numerator.fget(5), numbers.Integral.denominator.fget(5))
print(numbers.Number.__hash__)

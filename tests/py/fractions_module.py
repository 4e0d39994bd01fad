# fractions.Fraction against CPython 3.11: constructors, arithmetic with
# ints, floats and complex, comparisons, hashing, rounding, messages.
import copy
import math
from fractions import Fraction as F

for args in [(), (3,), (6, 4), (-6, 4), (6, -4), (F(1, 3), F(2, 5)), (1.5,), (" -3/4 ",),
             ("1.25e-2",), ("1_000",), (".5",), ("3.",), ("-0.0",), ("2/3",), (" 7 ",),
             ("1e3",), ("1.5E+2",), (True,), (F(5, 10),)]:
    f = F(*args)
    print(args, repr(f), str(f), f.numerator, f.denominator)

for expr in ['F(1,2)/0', 'F(1,0)', 'F(0)**-1', 'F("x")', 'F("1/2/3")', 'F("")', 'F(1.5, 2)',
             'F([1])', 'F.from_float("a")', 'F(float("nan"))', 'F(float("inf"))',
             'F(1,2)//0', 'F(1,2)%0', 'divmod(F(1,2),0)', 'F("1/0")', 'F(1,3).limit_denominator(0)',
             'F(1,2) < "a"', 'F(1,2) + "a"']:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)

print(F.from_float(0.1), F.from_float(3), F(0.1) == 0.1, F(1, 10) == 0.1)
print(F(7, 3).limit_denominator(2), F("3.141592653589793").limit_denominator(10),
      F("3.141592653589793").limit_denominator(100), F(4321, 8765).limit_denominator(10000))
print(round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234), -2),
      round(F(1, 3), 0), type(round(F(7, 2))).__name__)
print(F(1, 3) + 1, 1 - F(1, 3), F(1, 3) * 1.5, 1.5 * F(1, 3), 2 ** F(1, 2), F(1, 4) ** 2,
      F(4) ** F(1, 2), F(-8, 27) ** -1, F(2, 3) ** -2, 2 ** F(2), F(1, 2) ** 0.5, F(1, 3) + 1j)
print(F(1, 2) == 0.5, F(1, 2) < 0.6, F(1, 2) > F(1, 3), F(1, 2) <= 1, F(1, 2) >= 1,
      F(1, 2) == F(2, 4), F(2) == 2, F(1, 2) == 0.5 + 0j, F(1, 2) < float("inf"),
      F(1, 2) == float("nan"))
print(divmod(F(7, 2), F(2, 3)), F(7, 2) // 2, F(-7, 2) % 3, 7 % F(2, 3), 7 // F(2, 3),
      divmod(7, F(2, 3)), F(7, 2) % 1.5)
print(int(F(-7, 2)), float(F(1, 3)), F(1, 3).as_integer_ratio(), bool(F(0)), bool(F(1, 9)))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), abs(F(-1, 2)), -F(1, 2), +F(1, 2))
print([hash(F(n, d)) for n, d in [(1, 3), (2, 1), (-1, 1), (1, 2), (-5, 7), (10**20, 3)]])
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), {F(1, 2): "half"}[0.5])
print(sorted([F(1, 2), 0.25, 1, F(1, 3)]), sum([F(1, 2), F(1, 3), F(1, 6)]), max(F(1, 2), F(2, 3)))
print(copy.copy(F(1, 2)) is not None, copy.deepcopy(F(3, 4)), F(1, 2).__reduce__())


class MyFrac(F):
    pass


m = MyFrac(3, 6)
print(repr(m), repr(+m), repr(m + 1), type(copy.copy(m)).__name__, isinstance(m, F))
print(F(10**30, 3) * F(3, 10**29), F(1, 10**20) + F(1, 10**20))

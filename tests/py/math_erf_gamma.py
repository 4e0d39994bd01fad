# math.erf, erfc, gamma, lgamma, remainder: CPython's values to the bit
# (CPython's own Lanczos gamma) and its errors.
import math
xs = [0.5, -1.5, 10.0, 0.0, -0.0, 171.5, 171.7, -3.0, 1e-300, -1e-300, 1e-20, 2.5,
      0.1, -0.1, 3.7, 25.0, 23.0, 24.5, 140.5, -140.5, 180.0, -180.5, -200.5, -250.5,
      1e10, -1e10, 5e-324, float('inf'), float('-inf'), float('nan'), 1, True, 2**70]
for f in (math.erf, math.erfc, math.gamma, math.lgamma):
    for x in xs:
        try:
            print(f.__name__, repr(x), repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, repr(x), type(e).__name__, e)
for x in (-0.5, 1.25, 30.5, 100.0, 0.001):
    print(math.gamma(x).hex(), math.lgamma(x).hex(), math.erf(x).hex(), math.erfc(x).hex())
for bad in ('1', None, [1]):
    try:
        math.gamma(bad)
    except TypeError as e:
        print(e)
for a, b in [(5, 3), (-5, 3), (5.5, 2), (7, float('inf')), (3, 0), (float('inf'), 2),
             (float('nan'), 0), (2, float('nan')), (-0.0, 1), (10, 4), (11, 4), (1e308, 3e-308)]:
    try:
        print('remainder', a, b, repr(math.remainder(a, b)))
    except ValueError as e:
        print('remainder', a, b, type(e).__name__, e)

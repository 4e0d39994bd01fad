# Seventh fuzz run: math edge cases (log of huge ints through frexp, modf and
# frexp of signed zeros, subnormals and huge values, sqrt(nan), asinh near
# the largest float, trunc asking __trunc__ only, comb/perm of huge ints).
import math
class T:
    def __trunc__(self): return 42
class F:
    def __float__(self): return 2.5
def f(*a):
    for e in a:
        try: print(e, '->', repr(eval(e)))
        except Exception as ex: print(e, '!', type(ex).__name__, ex)
f("math.log(10**400)", "math.log2(2**2000)", "math.log10(10**500)", "math.log(10**400, 10)", "math.log(-10**400)", "math.log(0)", "math.log(2**1000)", "math.log2(2**1023 * 3)",
  "math.log10(-1)", "math.log(10, 1)", "math.log(10, 10**400)", "math.log(float('nan'))", "math.log(float('inf'))", "math.log(True)", "math.log2(0.0)", "math.log10(-0.0)", "math.log(8, 2)",
  "math.modf(-0.0)", "math.modf(-3.0)", "math.modf(1e308)", "math.modf(float('-inf'))", "math.modf(float('nan'))", "math.modf(-2.5)",
  "math.frexp(-0.0)", "math.frexp(5e-324)", "math.frexp(1e308)", "math.frexp(-1e-310)", "math.frexp(1.7976931348623157e308)", "math.frexp(float('inf'))", "math.frexp(3)",
  "math.sqrt(float('nan'))", "math.sqrt(-0.0)", "math.sqrt(-1)", "math.asinh(1e308)", "math.asinh(-1e308)", "math.asinh(-0.0)", "math.asinh(float('inf'))",
  "math.trunc('a')", "math.trunc(None)", "math.trunc(T())", "math.trunc(F())", "math.trunc(2.7)", "math.trunc(-2**70)", "math.trunc(True)", "math.trunc(float('nan'))",
  "math.comb(10**20, 3)", "math.perm(10**20, 2)", "math.comb(2**64, 2**64-1)", "math.perm(5, 10)", "math.comb(-1, 2)")
# The one- and two-argument functions over the fuzzer's edge arguments (a
# nan argument gives nan; 0.0 ** -inf is inf; acosh/asinh/atanh as C's).
ARGS = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.5, 1e308, -1e308, 5e-324, 1e-310, float('inf'), float('-inf'),
        float('nan'), 0, 1, -1, 2, 10, 100, 2.0**53 + 1, 10**400, -10**400, True, '1', None, 171, 710.0, -710.0,
        1e-7, [1.0, 2.0], (3, 4)]
def t(fn, *a):
    try:
        r = repr(fn(*a))
    except Exception as e:
        r = type(e).__name__ + ' ' + str(e)
    print(fn.__name__, a, r)
for fn in (math.log, math.log2, math.log10, math.modf, math.frexp, math.sqrt, math.asinh, math.trunc, math.sin,
           math.cos, math.tan, math.asin, math.acos, math.atan, math.fabs, math.degrees, math.radians, math.acosh,
           math.atanh, math.fsum):
    for a in ARGS:
        t(fn, a)
for fn in (math.fmod, math.pow, math.log):
    for a in ARGS:
        for b in ARGS[::3]:
            t(fn, a, b)
# k beyond a C long long is an OverflowError (perm(10**400, 10**400) ran
# forever).
for fn, a in ((math.perm, (10**400, 10**400)), (math.comb, (10**400, 10**399)), (math.comb, (10**400, 10**400 - 3)),
              (math.perm, (2**64, 2**63)), (math.comb, (2**64, 2**63)), (math.perm, (10**400,)), (math.perm, (5, 2**70))):
    t(fn, *a)
for fn, a in ((math.perm, (-10**400, None)), (math.perm, (-3,)), (math.comb, (1, None)), (math.perm, (4, None)),
              (math.comb, (5, 2.0))):
    t(fn, *a)

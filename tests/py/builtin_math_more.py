# math: inverse hyperbolic functions, cbrt, exp2, nextafter, ulp, and the
# domain/range errors of exp, log1p, atanh, acosh.
import math


def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except (ValueError, OverflowError, TypeError) as e:
        print(src, "!!", type(e).__name__, e)


for s in ["math.asinh(1)", "math.asinh(-0.0)", "math.acosh(2)", "math.acosh(0.5)", "math.atanh(0.5)",
          "math.atanh(1)", "math.atanh(-2)", "math.cbrt(-8)", "math.exp2(10)",
          "math.exp2(2000)", "math.exp(1000)", "math.exp(-1000)", "math.exp(float('inf'))",
          "math.log1p(-1)", "math.log1p(-2)", "math.log1p(1e-10)", "math.expm1(1e-10)",
          "math.nextafter(1, 2)", "math.nextafter(1, 0)", "math.nextafter(0.0, -1)",
          "math.nextafter(-1.0, -2)", "math.nextafter(2, 2)", "math.nextafter(float('nan'), 1)",
          "math.ulp(1.0)", "math.ulp(-3.5)", "math.ulp(0.0)", "math.ulp(1e308)",
          "math.ulp(float('inf'))", "math.ulp(5e-324)", "math.sqrt(x=1)", "math.exp()"]:
    t(s)

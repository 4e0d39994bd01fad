import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.floor(3), math.trunc(-2.7))
print(math.gcd(12, 18), math.gcd(0, 5), math.factorial(10), math.factorial(0))
print(math.isqrt(99), math.isqrt(10 ** 20))
print(math.fabs(-3), math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1) == math.pi / 4)
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.isnan(float("nan")), math.isinf(math.inf), math.isfinite(1.0))
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(3, -0.0), math.fmod(-7, 3))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.0) == 10 ** 20)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
print(math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))

from math import gcd, isqrt
class Fraction:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d)
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = self._c(o)
        return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        return Fraction(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return self._c(o) - self
    def __mul__(self, o):
        o = self._c(o)
        return Fraction(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        return Fraction(self.n * o.d, self.d * o.n)
    def __pow__(self, k):
        return Fraction(self.n ** k, self.d ** k) if k >= 0 else Fraction(self.d ** -k, self.n ** -k)
    def __neg__(self):
        return Fraction(-self.n, self.d)
    def __abs__(self):
        return Fraction(abs(self.n), self.d)
    @staticmethod
    def _c(o):
        return o if isinstance(o, Fraction) else Fraction(o)
    def __eq__(self, o):
        o = self._c(o)
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = self._c(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d)
    def __repr__(self):
        return f"Fraction({self.n}, {self.d})"
    def __str__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)

def harmonic(n):
    return sum((Fraction(1, k) for k in range(1, n + 1)), Fraction(0))
print(harmonic(10), float(harmonic(10)), f"{harmonic(20):.6f}", repr(Fraction(6, -4)))
print(Fraction(1, 3) + 1, 2 - Fraction(1, 2), Fraction(3, 4) * 4, Fraction(1, 2) / Fraction(3, 4), Fraction(2, 3) ** -2)
print(sorted([Fraction(1, 2), Fraction(1, 3), Fraction(3, 4)]), Fraction(1, 2) == 0.5 if False else Fraction(2, 4) == Fraction(1, 2))
print(int(Fraction(-7, 2)), abs(Fraction(-1, 5)), {Fraction(1, 2), Fraction(2, 4)})
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
def sieve(n):
    is_p = bytearray if False else [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(200)
print(ps[-5:], len(ps), sum(ps))
def factorize(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out
for n in [360, 97, 2**31 - 1, 600851475143, 1001]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())))
def is_prime_mr(n):
    if n < 2: return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0: return n == p
    d, s = n - 1, 0
    while d % 2 == 0: d //= 2; s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1): continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1: break
        else:
            return False
    return True
print([n for n in range(10**12, 10**12 + 100) if is_prime_mr(n)], is_prime_mr(2**61 - 1), is_prime_mr(2**64 + 1))
def egcd(a, b):
    if b == 0: return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(egcd(240, 46), pow(17, -1, 3120), 2**1000 % 10**9 + 7, len(str(3**1000)))
print(sum(int(c) for c in str(2**1000)), str(factorial := __import__("math").factorial(50))[:20])
print(divmod(-2**70, 12345), (-2**70) // 12345, (-2**70) % 12345, 10**30 // 7, -(10**30) // 7)
print(int("123456789" * 5) * int("987654321" * 4), (1 << 200) >> 197, ~(2**70), -(2**70) >> 3, 2**70 & -2**65 | 5)
print(hex(2**100), oct(-(2**70)), bin(2**70 + 1)[:12], int(str(2**200)) == 2**200, float(2**200), 2**200 / 3)
x = 12345678901234567890123
print(x * x, x ** 3 % 1000007, x // 97, x % 97, -x // 97, round(x, -5), abs(-x), x.bit_length())
print(f"{x:,}", f"{x:_x}", f"{x:e}", f"{-x:>40}", format(x, "030d"))
print(str(10**4300)[:5] if False else "", 7 ** 77 == pow(7, 77), isqrt(10**50), gcd(2**100, 6**50))
collatz_max = max(range(1, 3000), key=lambda n: (lambda f: f(f, n, 0))(lambda f, m, c: c if m == 1 else f(f, m // 2 if m % 2 == 0 else 3 * m + 1, c + 1)))
print(collatz_max)

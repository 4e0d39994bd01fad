# Big integers: factorials, Fibonacci by doubling, digits of pi by a spigot,
# modular exponentiation and digit sums; many multi-word int results.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib_pair(n):
    # Returns (F(n), F(n + 1)) by fast doubling.
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return c, d
    return d, c + d


def pi_digits(count):
    # Gibbons' unbounded spigot, written out with plain integer state.
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


def digit_sum(n):
    s = 0
    while n:
        n, d = divmod(n, 1000000)
        while d:
            s += d % 10
            d //= 10
    return s


f = factorial(8000)
print(f.bit_length(), digit_sum(f), f % 1000000007)
a, b = fib_pair(200000)
print(a.bit_length(), a % 998244353, b % 998244353)
digits = pi_digits(2500)
print("".join(str(d) for d in digits[:50]))
print(sum(digits))
m = (1 << 127) - 1
acc = 0
for i in range(1, 20000):
    acc = (acc * 31 + pow(i, 1000 + i, m)) % m
print(acc)
x = 1
for i in range(1, 3000):
    x = x * 3 + i
    if x.bit_length() > 2000:
        x = x >> 1000
print(x.bit_length(), x % 65537, -x // 7 % 1000)
a, b = 0, 1
for _ in range(3):
    a, b = 0, 1
    for i in range(30000):
        a, b = b, a + b
print(a.bit_length(), a % 1000003)

from functools import reduce, lru_cache
from math import gcd, isqrt, comb, factorial


def fact(n):
    return reduce(lambda a, b: a * b, range(1, n + 1), 1)


def fib_pair(n):
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n >> 1)
    c = a * ((b << 1) - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


def fib_mod(n, m):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % m
    return a


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def digits_sum(n):
    return sum(map(int, str(n)))


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def main():
    f100 = fact(100)
    print(f100)
    print(len(str(f100)), digits_sum(f100), f100 == factorial(100))
    print(str(f100).rstrip("0")[-10:], len(str(f100)) - len(str(f100).rstrip("0")))
    print(fib_pair(300)[0])
    print(fib_mod(10 ** 5, 10 ** 9 + 7))
    print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, -1, 97), pow(7, 0, 1))
    m = 2 ** 127 - 1
    print(m, is_probable_prime(m), is_probable_prime(m + 2))
    print([p for p in range(2, 60) if is_probable_prime(p)])
    print(gcd(f100, 2 ** 200), isqrt(10 ** 40 + 12345))
    print(comb(100, 50), comb(10, 3) * factorial(3))
    print(partitions(100, 100), partitions.cache_info().hits > 0)
    g, x, y = egcd(240, 46)
    print(g, x, y, 240 * x + 46 * y)
    n = -(2 ** 70) + 5
    print(n // 7, n % 7, divmod(n, -7), -n >> 3, n >> 3, n & 0xFFFF, n | 1, ~n)
    print(hex(2 ** 100), oct(-(8 ** 30)), bin(12345678901234567890)[:20])
    print(int("1" * 50, 2), int("zz" * 5, 36), int("-0x1f", 16))
    print((10 ** 30).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
    print(f"{2 ** 64:,}", f"{-(10 ** 20):_}", f"{12345678901234567890:e}", format(2 ** 70, "x"))
    print(round(2 ** 80 / 3), 2 ** 80 // 3, float(2 ** 80), 10 ** 25 / 10 ** 5)
    print(abs(-(3 ** 50)), max(2 ** 65, 2 ** 64 + 10 ** 19), sum(range(10 ** 6)))
    print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61) + 1), hash(10 ** 30))
    try:
        pow(2, -1, 4)
    except ValueError as e:
        print(e)
    try:
        float(10 ** 400)
    except OverflowError as e:
        print(e)
    print(10 ** 400 // 10 ** 398, (10 ** 400) % 997, 2 ** 0.5 * 2 ** 0.5 == 2.0)


main()

# PGO training: integer arithmetic, comparisons and bit operations.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [k for k in range(n + 1) if flags[k]]


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c


primes = sieve(30000)
print(len(primes), primes[-1])
print(sum(gcd(i * 7919, i * 104729 + 13) for i in range(1, 10000)))
print(max(collatz_len(i) for i in range(1, 10000)))
print(sum(popcount(i ^ (i << 3) | (i >> 2)) for i in range(20000)))
h = 0
for i in range(80000):
    h = (h * 31 + i) & 0xFFFFFFFF
    if h > 2000000000:
        h -= 12345
    elif h < 1000:
        h += i
print(h, -h // 7, -h % 7, divmod(h, 13), h <= 3, h != 4, abs(-h))

# +, - and * of ints around the word-size and digit boundaries, and of big
# ints by short ones (computed on the objects' digits, without num_bigint):
# every result, its sign and its type must match CPython's.
edges = [0, 1, -1, 2, 3, 7, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1,
         2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64,
         -2**64, 2**95 + 12345, 3**70, -(5**60), 10**40 + 1, -(10**40)]
seed = 12345


def rnd(bits):
    global seed
    v = 0
    for _ in range(bits // 16 + 1):
        seed = (seed * 1103515245 + 12345) % 2147483648
        v = (v << 16) | (seed >> 8) & 0xFFFF
    return v


vals = edges + [rnd(b) * (-1) ** b for b in (10, 40, 70, 100, 130, 200, 500)]
acc = 0
for a in vals:
    for b in vals:
        for r in (a + b, a - b, a * b, b - a):
            acc = (acc * 1000003 + r) % (2**127 - 1)
            assert type(r) is int
        assert a + b - b == a
        assert (a * b == 0) == (a == 0 or b == 0)
print(acc)
print(2**63 - 1 + 1, -2**63 - 1, (-2**63) * -1, 2**32 * 2**32, (2**64 - 1) * (2**64 - 1))
print(2**64 - 2**64, -(2**64) + 2**64 - 1, (2**64 + 5) - (2**64 + 7), (2**64) * 0, -(2**70) * 1)
x = 1
for i in range(1, 200):
    x = x * 3 + i
    if i % 50 == 0:
        print(x, -x * 7, x - x * 2)
a, b = 0, 1
for i in range(500):
    a, b = b, a + b
print(a, a % 1000003)
# Floor division and modulo by one-digit divisors, every sign combination.
divs = [1, -1, 2, -2, 3, 7, -10, 1000000, -999999937, 2**32 - 1, -(2**32 - 1), 2**31]
acc = 0
for a in vals:
    for d in divs:
        q, r = a // d, a % d
        assert q * d + r == a and (r == 0 or (r < 0) == (d < 0)) and abs(r) < abs(d)
        assert divmod(a, d) == (q, r)
        acc = (acc * 1000003 + q * 7 + r) % (2**127 - 1)
print(acc)
print((-2**63) // -1, (-2**63) % -1, (2**64) // 2, -(2**64) // 3, -(2**64) % 3, (2**64 + 1) % -7)
n = 3**200
s = 0
while n:
    n, d = divmod(n, 1000000)
    s += d
print(s)
# Comparisons of big and word-sized ints of every sign.
acc = 0
for a in vals:
    for b in vals:
        acc = acc * 3 + (a < b) * 2 + (a == b)
        assert (a <= b) == (not a > b) and (a >= b) == (not a < b) and (a != b) == (not a == b)
        assert sorted([a, b])[0] == min(a, b)
print(acc % (2**61 - 1), 2**64 > 2**64 - 1, -(2**64) < -(2**64) + 1, -(2**70) < 5, 2**70 > -5)
# pow with a modulus (odd ones up to 128 bits take the Montgomery path).
acc = 0
for m in (3, 1000000007, 2**61 - 1, 2**64 + 1, 2**127 - 1, 2**128 - 1, 2**128 + 1, 10**9, -(2**89 - 1), 1, -1):
    for b in (0, 1, -1, 2, -3, 12345678901234567890, -(3**90), 2**200 + 1):
        for e in (0, 1, 2, 65537, 10**6 + 3):
            acc = (acc * 1000003 + pow(b, e, m)) % (2**127 - 1)
print(acc, pow(3, -1, 2**127 - 1), pow(-7, -3, 1000000007), pow(5, 10**30, 2**127 - 1))

import random
random.seed(7)
vals = [0, 1, -1, 2**31, -2**31, 2**32 - 1, 2**32, -2**32, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, -2**64 + 1,
        10**30, -10**30, 3**100, -(3**100), 2**200 - 1, -(2**200), 7**300, -(5**250)]
for _ in range(60):
    bits = random.randrange(1, 2500)
    v = random.getrandbits(bits)
    vals.append(v if random.random() < 0.5 else -v)
acc = 0
for a in vals:
    acc ^= hash(a) & 0xffffffff
    try:
        acc ^= hash(float(a)) & 0xffff
        print(float(a) == a, repr(float(a))[:25], end=' ')
    except OverflowError as e:
        print('OV', e, end=' ')
    print(-a == 0 - a, ~a == -a - 1, +a == a, type(+a).__name__)
    for s in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 1000):
        assert (a << s) == a * 2**s, (a, s)
        assert (a >> s) == a // 2**s, (a, s)
    for b in vals[:30]:
        r = (a & b, a | b, a ^ b, a * b)
        acc = (acc * 31 + hash(r)) % (2**61)
        assert a & b == b & a and a | b == b | a
        assert (a & b) + (a | b) == a + b
        assert (a ^ b) == (a | b) - (a & b)
    for e in (0, 1, 2, 3, 7, 20):
        acc = (acc * 7 + hash(a ** e)) % (2**61)
print(acc)
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**122 - 1), hash(-2**64), hash(-(2**61 - 2) ))
print((-5) >> 1, -(2**70) >> 69, -(2**70 + 1) >> 70, -(2**70) >> 1000, (2**70) >> 1000, 1 << 100, -1 << 65)
print(float(2**1024 - 2**971), float(-(2**1024 - 2**971)))
try: float(2**1024 - 2**970)
except OverflowError as e: print(e)
print(float(2**53 + 1), float(2**64 + 2**11), float(2**64 + 2**11 + 1), float(2**100 + 2**47), float(2**100+2**47+1))
class I(int): pass
print(type(+I(2**100)).__name__, type(-I(2**100)).__name__, type(~I(2**100)).__name__)
print(2**100 + 1.5, 10**20 * 1.0, (2**70 + 1) ** 3, (-3) ** 41, 0 ** 0, (-2**40) ** 5)

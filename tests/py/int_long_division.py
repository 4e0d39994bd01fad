# // and % of big ints by divisors of several digits (Knuth's algorithm D
# on the digits), every sign combination, against identities and CPython.
seed = 12345


def rand_bits(bits):
    global seed
    v = 0
    for _ in range(0, bits, 31):
        seed = (seed * 1103515245 + 12345) % 2147483648
        v = (v << 31) | seed
    return v >> (max(0, ((bits + 30) // 31) * 31 - bits))


checks = 0
samples = []
for bits_b in (33, 64, 65, 96, 127, 200, 500):
    for bits_a in (bits_b - 1, bits_b, bits_b + 1, bits_b + 31, 2 * bits_b, 5 * bits_b):
        for sa in (1, -1):
            for sb in (1, -1):
                a = sa * (rand_bits(bits_a) | 1)
                b = sb * (rand_bits(bits_b) | (1 << (bits_b - 1)))
                q, r = a // b, a % b
                assert q * b + r == a, (a, b)
                assert (r == 0) or ((r > 0) == (b > 0)), (a, b, r)
                assert abs(r) < abs(b)
                assert divmod(a, b) == (q, r)
                checks += 1
                samples.append((q % 1000003, r % 1000003))
print(checks, samples[:6], sum(x + y for x, y in samples))
# Divisors whose top digit is all ones or a power of two: the estimate's
# correction and add-back steps.
for a, b in [
    (2**128 - 1, 2**64 - 1),
    (2**192, 2**64 + 1),
    (2**160 - 2**96, 2**96 - 1),
    (-(2**200) + 7, 2**100 + 2**99),
    (2**255 - 19, -(2**127 - 1)),
    (3 * 2**96 + 5, 2**64 + 1),
    (10**50, 10**25),
    (-(10**50), 10**25),
    (10**50 + 1, -(10**25)),
]:
    print(a // b, a % b, divmod(a, b) == (a // b, a % b))
# A quotient far shorter than the dividend, as the pi spigot divides.
t = 3**3000
u = 7 * t + 12345
print(u // t, u % t == 12345, (-u) // t, ((-u) % t) == t - 12345)
# divmod makes both from one division; one-digit divisors too.
for a, b in [(10**40 + 3, 7), (-(10**40) + 3, 7), (10**40, -7), (-(10**40), -7),
             (2**100, 2**33 + 1), (-(2**100), 2**33 + 1), (5, 2**70), (-5, 2**70),
             (5, -(2**70)), (0, 2**70), (2**70, 1), (True, 2**70), (2**64, 2**32)]:
    print(divmod(a, b), divmod(a, b) == (a // b, a % b))
try:
    divmod(2**70, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

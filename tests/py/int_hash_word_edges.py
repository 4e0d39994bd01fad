# hash() of word-sized ints at the edges of the modulus 2**61 - 1 and of i64.
vals = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, -(2**63), -(2**63) + 1, -(2**61) + 1, -(2**61), 2**61 + 5, -(2**62) - 3, 123456789, -987654321]
print([hash(v) for v in vals])
print(len({2**61 - 1, 0}), {i * 2**40: i for i in range(-5, 6)}[3 * 2**40])

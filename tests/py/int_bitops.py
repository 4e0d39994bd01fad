a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(a << 2, a >> 2, 1 << 40, -16 >> 2, -1 >> 10)
print(-12 & 0xff, -12 | 3, -12 ^ 5)
print(bin(a & b), bin(a | b), hex(255 ^ 0x0f))
x = 1
for i in range(10):
    x = (x << 1) | (i & 1)
print(x, bin(x))
x &= 0xff
x |= 0x100
x ^= 0x3
x <<= 1
x >>= 2
print(x)
print(True & False, True | False, True ^ True)

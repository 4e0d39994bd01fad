for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 40, 10 ** 20]:
    print(n, hex(n), bin(n), oct(n))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(64), 8))
print(format(255, "x"), format(255, "08b"), format(10, "o"))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)

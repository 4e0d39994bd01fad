print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(0, 3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(5, 0, 1))
print(pow(38, -1, 97), pow(2.0, 3), pow(-8, 1/3) if False else "skip")
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print(hex(0), hex(-255), oct(-8), bin(-5), bin(0), hex(2 ** 64))
print(int(hex(12345), 16), int(oct(99), 8), int(bin(77), 2))
print(format(255, "x"), format(255, "08b"), format(-255, "#x"), format(10, "o"))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
print((255).to_bytes(2, "big") if False else "", (-1) ** 0.5 if False else "", 0 ** 0, 0.0 ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(2 ** -2, (-2) ** 3, (-2) ** -3, 4 ** 0.5)

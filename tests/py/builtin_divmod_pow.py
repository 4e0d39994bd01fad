print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 7))
print(divmod(10 ** 25, 3), divmod(5.5, 2), divmod(-5.5, 2))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(9, 0.5))
print(pow(3, 200, 1000), pow(7, 0, 5), pow(-2, 5, 7), pow(123456789, 987654321, 1000000007))
print(pow(3, -1, 7), pow(10, 2, 1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)

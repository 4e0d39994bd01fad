print(int("  42  "), int("-0"), int("+7"), int("1_000"), int("0x1f", 16), int("0b101", 0), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("10", 2))
for bad in ["", "1.5", "abc", "1__0", " ", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError", e)
print(float("  1.5 "), float("-inf"), float("nan"), float("1e3"), float(".5"), float("1_0.5"))
try:
    float("x1")
except ValueError as e:
    print("ValueError", e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1), round(-0.4))
print(round(7), type(round(7.0)).__name__, type(round(7.0, 1)).__name__)
print(round(1e300, 2), round(123, 2))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(int(1e20), int(-1.5e18), float(2**70), float(10**20))
print(abs(-0.0), -0.0, 0.0 == -0.0)
print(int("١٢٣"))

print(int("42"), int("-17"), int("  12  "), int("+5"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("101", 2), int("0b101", 0), int("777", 8), int("0o777", 0))
print(int("z", 36), int("Zz", 36), int("10", 3))
print(int(3.9), int(-3.9), int(True), int(False))
print(int("123456789012345678901234567890"))
print(int(1e20))
print(int("0"), int("-0"), int("000"))
for s in ["12a", "", "1.5", "0x10", " ", "--1"]:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)

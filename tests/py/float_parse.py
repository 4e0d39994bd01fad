print(float("1.5"), float("  -2.25  "), float("1e3"), float("1E-3"), float(".5"), float("5."))
print(float("inf"), float("-inf"), float("Infinity"), float("nan"), float("-iNF"))
print(float(3), float(True), float("0"), float("-0"))
print(float("1_000.5"))
print(float("123456789012345678901234567890"))
for s in ["abc", "", "1.2.3", "1e"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)

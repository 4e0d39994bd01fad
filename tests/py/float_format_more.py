vals = [0.1, 1/3, 2/3, 1e16, 1e-5, 123456789.123, 1e22, 1.5e-7, 100.0, -0.0, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(v, repr(v), str(v))
print(0.1 + 0.2, 1.1 * 3, 3.0 * 1.1)
print("%.2f %.0f %.10f" % (2.675, 0.5, 1/7))
print(format(1.5, ".0f"), format(2.5, ".0f"), format(1e-10, "f"), format(123.456, "10.1f"))
print(format(1234.5, "e"), format(0.0001234, ".3g"), format(123456789.0, "g"), format(1e-5, "g"))
print(format(float("inf"), "f"), format(float("-inf"), ">8"), format(float("nan"), ".2f"))
print(str(1e15), str(1e16), str(12345678901234567.0), str(0.000123))
print(f"{3.14159:.3}", f"{1000000.0:.3}", f"{0.5:.0%}", f"{2.0:g}", f"{2.5:n}")
print(1e100, 2.0 ** 0.5, 10 / 4, 10 / 5, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2)
print(float(1 << 53) + 1, 1.0e-1, 12e3)
print(round(0.1 + 0.2, 10), 1.0.is_integer(), (0.5).as_integer_ratio())

# A precision past what Rust's formatter takes (65,535) prints every digit, as
# CPython does: a double is exact within 1,074 fractional digits, zeros follow.
for spec in [".65536f", ".70000f", ".70000e", ".70000g", "#.70000g", ".70000%", ".2000f", "1.2000e"]:
    for x in [1.0, 1e-300, 5e-324, 1.7976931348623157e308, -2.5, 0.1, 1e22]:
        s = format(x, spec)
        print(spec, repr(x), len(s), s[:30], s[-12:], s.count("0"))
for x in [1.0, 0.1, 123.456]:
    s = "%.70000f" % x
    print(len(s), s[:20], s.count("0"))
    s = "%.70000e" % x
    print(len(s), s[:20], s[-6:])
    s = "%#.70000g" % x
    print(len(s), s[:20], s[-6:])
    s = "{:.70000f}".format(x)
    print(len(s), s[:20])
    s = f"{x:.70000}"
    print(len(s), s[:20])
print(len(format(10**5, ".70000f")), len(format(10**30, ".70000e")))
print(round(2.5, 70000), round(1e300, -70000))
for spec in [".2147483648f", ".99999999999999999999f"]:
    try:
        print(len(format(1.0, spec)))
    except (ValueError, MemoryError, OverflowError) as e:
        print(type(e).__name__, e)

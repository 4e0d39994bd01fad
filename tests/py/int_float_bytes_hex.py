print((258).to_bytes(2, "little"), (258).to_bytes(2, "big"), (0).to_bytes(0, "big"), (5).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, byteorder="big", signed=True))
for args in [((256, 1, "big"), {}), ((-1, 1, "big"), {}), ((128, 1, "big"), {"signed": True}), ((1, 1, "middle"), {})]:
    n, l, o = args[0]
    try:
        print(n.to_bytes(l, o, **args[1]))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80", byteorder="little", signed=True))
print(int.from_bytes((2**100).to_bytes(13, "big"), "big") == 2**100, bool.from_bytes(b"\x01", "big") if False else "")
for x in [1.0, 1.5, -0.1, 0.0, -0.0, 3.14159, 1e300, 5e-324, 2.2250738585072014e-308, float("inf"), float("nan"), 0.5]:
    h = x.hex()
    print(h, float.fromhex(h) == x or x != x)
for s in ["0x1.8p1", "0x1p-1074", "-0X1.FFFFFFFFFFFFFp+1023", "0x.8", "1", "inf", " 0x10 ", "0x1.000000000000080000001p0"]:
    print(repr(float.fromhex(s)))
for s in ["0x1p5000", "xyz", ""]:
    try:
        print(float.fromhex(s))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

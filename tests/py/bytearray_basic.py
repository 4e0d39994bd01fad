import sys
b = bytearray()
print(b, sys.getsizeof(b), sys.getsizeof(bytearray(b'')), sys.getsizeof(bytearray(b'abc')), sys.getsizeof(bytearray(10)))
print(sys.getsizeof(bytearray([1, 2, 3])), sys.getsizeof(bytearray(range(20))), sys.getsizeof(bytearray("héllo", "utf-8")))
prev = None
for i in range(100):
    b.append(i)
    z = sys.getsizeof(b)
    if z != prev:
        print("grow at", i + 1, z); prev = z
while len(b) > 3:
    b.pop()
    z = sys.getsizeof(b)
    if z != prev:
        print("shrink at", len(b), z); prev = z
b.clear()
print("cleared", b, sys.getsizeof(b))
x = bytearray(b"hello world")
print(x[0], x[-1], x[1:4], x[::2], len(x), b"o" in x, 111 in x, bytearray(b"lo w") in x)
x[0] = 72
x[1:3] = b"EL"
x[6:] = [87, 79]
print(x)
del x[0]
del x[::3]
print(x, x == bytearray(x), x == bytes(x), x < b"z", bytes(x), list(x))
y = bytearray(b"abc")
y += b"def"
y2 = y * 2
y *= 2
print(y, y2, b"x" + bytearray(b"y"), bytearray(b"x") + b"y", type(b"x" + bytearray(b"y")).__name__)
y.extend([1, 2]); y.extend(b"zz"); y.insert(0, 33); y.insert(-1, 34); y.remove(97); y.reverse()
print(y, y.pop(0), y.pop(), y.index(b"c"), y.copy())
z = bytearray(b"  Hello World  ")
print(z.strip(), z.upper(), z.lower(), z.split(), z.find(b"World"), z.count(b"l"), z.replace(b"l", b"L"))
print(z.startswith(b"  H"), z.endswith(bytearray(b"  ")), z.decode(), z.hex(), bytearray(b"-").join([b"a", b"b"]))
print(bool(bytearray()), bool(bytearray(1)), isinstance(z, bytearray), repr(bytearray(b"'\x00")))
for f in [lambda: hash(bytearray()), lambda: bytearray(-1), lambda: bytearray("x"), lambda: bytearray([256]),
          lambda: bytearray(b"a")[5], lambda: bytearray().pop(), lambda: bytearray(b"a").remove(5),
          lambda: bytearray(3.0), lambda: bytearray(b"ab").index(b"z")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
it = iter(bytearray(b"ab"))
print(type(it).__name__, next(it), list(it))
def setbig():
    x = bytearray(b"abc")
    x[0] = 300
try:
    setbig()
except ValueError as e:
    print("ValueError", e)
print(sys.getsizeof(bytearray(b"x" * 100)), sys.getsizeof(bytearray((1, 2))), sys.getsizeof(bytearray(iter(b"abcdefghij"))))

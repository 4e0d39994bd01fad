import sys
b = b"hello world"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m[6:][1:3].tobytes())
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.obj is b)
print(sys.getsizeof(m), sys.getsizeof(m[1:3]), m == b, m[0:5] == b"hello", m != b"x", bytes(m[0:5]), bytearray(m[0:2]))
print(list(m[:3]), m.hex(), m[2:4].hex())
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
print(ba, v.readonly, sys.getsizeof(v))
try:
    ba.append(1)
except BufferError as e:
    print("BufferError", e)
ba[1] = 66
print(v.tobytes())
v.release()
print(repr(v).startswith("<released memory at 0x"))
ba.append(103)
print(ba)
with memoryview(ba) as w:
    print(w[6], w.tobytes())
    try:
        ba.extend(b"zz")
    except BufferError as e:
        print("BufferError", e)
print(repr(w)[:10])
ba.extend(b"zz")
print(ba)
for f in [lambda: len(w), lambda: w[0], lambda: w.tobytes(), lambda: memoryview(b"ab")[5], lambda: memoryview("str"),
          lambda: memoryview(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(repr(m).startswith("<memory at 0x"), type(m).__name__, type(iter(m)).__name__)
m2 = memoryview(m)
print(m2.tobytes() == b, m2.obj is b)
def set_ro():
    m[0] = 1
def set_big():
    x = memoryview(bytearray(b"ab"))
    x[0] = 300
for f in [set_ro, set_big]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

class MyStr(str):
    def shout(self):
        return self.upper() + "!"

s = MyStr("hello")
print(s, repr(s), len(s), s.shout(), type(s).__name__, isinstance(s, str))
print(s + " world", type(s + "x").__name__, s[1], s[1:3], "ell" in s, s == "hello", hash(s) == hash("hello"))
print(str(s), type(str(s)).__name__, list(s), f"{s}!", "%s" % s)
d = {s: 1}
print(d["hello"], d)

class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"

p = Point(1, 2)
print(p, p.x, len(p), p[1], list(p), p == (1, 2), isinstance(p, tuple), type(p).__name__)
a, b = p
print(a, b, p + (3,), hash(p) == hash((1, 2)))

class T(tuple):
    pass
t = T([1, 2, 3])
print(t, repr(t), len(t), t[0], 2 in t, t == (1, 2, 3), t < (1, 2, 4), sorted(T([3,1]))) 

class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 100)
    def double(self):
        return self * 2

i = MyInt(5)
print(i, repr(i), i + 1, type(i + 1).__name__, i - 1, type(i - 1).__name__, i.double(), i == 5, i < 6, -i, abs(MyInt(-3)))
print(int.__new__(MyInt, "42"), type(int.__new__(MyInt, 7)).__name__, MyInt("12", 8), isinstance(i, int), hash(i) == 5)
print([1,2,3,4,5,6,7][MyInt(2)], range(MyInt(3)), str(i), f"{i:05d}", i.bit_length(), bool(MyInt(0)))

class MyFloat(float):
    def __repr__(self):
        return "MyFloat(" + float.__repr__(self) + ")"
f = MyFloat(2.5)
print(f, f * 2, float.__new__(MyFloat, "1.5"), isinstance(f, float), f == 2.5, str(f))

class B(bytes):
    pass
b = B(b"abc")
print(b, len(b), b[0], b + b"d", b == b"abc", b.upper())

class Upper(str):
    def __new__(cls, v):
        return str.__new__(cls, v.upper())
    def __len__(self):
        return 99
u = Upper("abc")
print(u, len(u), u.lower(), type(u).__name__)
class E(str):
    def __eq__(self, o):
        return True
print(E("a") == "b", E("a") != "b")
try:
    hash(E("a"))
except TypeError as e:
    print(e)

# Specialised attribute instructions (LoadAttrInstanceValue,
# LoadAttrClassValue, LoadAttrClass, LoadAttrModule, LoadMethodWithValues,
# StoreAttrInstanceValue): warmed up, then every guard broken.
import math
import sys


class P:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def get_kind(o):
    return o.kind


def get_norm(o):
    return o.norm1


def call_norm(o):
    return o.norm1()


pts = [P(i, -i) for i in range(10)]
s = 0
for i in range(300):
    p = pts[i % 10]
    set_x(p, get_x(p) + 1)
    s += get_x(p) + len(get_kind(p)) + call_norm(p) + get_norm(p)()
print("warm", s)

# Instance attribute deleted: AttributeError, then restored.
q = P(1, 2)
del q.x
try:
    get_x(q)
except AttributeError as e:
    print("AttributeError", e)
set_x(q, 5)
print(get_x(q))

# An instance attribute shadowing a class attribute and a method.
q.kind = "own kind"
print(get_kind(q), get_kind(P(0, 0)))
q.norm1 = lambda: "own norm1"
print(call_norm(q), get_norm(q)(), call_norm(P(3, 4)))
del q.norm1
print(call_norm(q))

# A class attribute added that shadows nothing (instance wins), and a
# property added after warm-up (a data descriptor wins over the instance).
P.x = "class x"
print(get_x(P(7, 8)))
P.x = property(lambda self: "property x", lambda self, v: print("setter", v))
print(get_x(P(7, 8)))
set_x(pts[0], 99)
del P.x
print(get_x(pts[0]))

# Methods replaced on the class, class attribute rebound.
P.norm1 = lambda self: "replaced"
print(call_norm(pts[1]), get_norm(pts[1])())
P.kind = "changed"
print(get_kind(pts[1]))


# __getattr__ / __getattribute__ added after warm-up.
class G:
    def __init__(self):
        self.x = 1


g = G()
for i in range(300):
    get_x(g)
del g.x
G.__getattr__ = lambda self, name: "getattr " + name
print(get_x(g))
G.__getattribute__ = lambda self, name: "getattribute " + name
print(get_x(g), get_kind(g))
del G.__getattribute__
del G.__getattr__
try:
    get_x(g)
except AttributeError as e:
    print("AttributeError", e)


# A different class at a warm site, then many classes (polymorphic).
class Q:
    kind = "q"

    def __init__(self):
        self.x = "qx"

    def norm1(self):
        return "q norm"


print(get_x(Q()), get_kind(Q()), call_norm(Q()))
classes = [type("C%d" % i, (P,), {"kind": "c%d" % i}) for i in range(6)]
out = []
for i in range(300):
    o = classes[i % 6](i, 1)
    out.append((get_x(o), get_kind(o)))
print(out[-6:])


# __slots__.
class S:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 10
        self.y = 20


ss = S()
for i in range(300):
    set_x(ss, get_x(ss) + 1)
print(get_x(ss))
del ss.x
try:
    get_x(ss)
except AttributeError as e:
    print("AttributeError", e)


# Class attributes read from the class itself.
def class_kind(c):
    return c.kind


for i in range(300):
    class_kind(P)
print(class_kind(P), class_kind(Q))
P.kind = "again"
print(class_kind(P))
try:
    class_kind(int)
except AttributeError as e:
    print("AttributeError", e)


# Module attributes, rebound after warm-up, then missing.
def pi():
    return math.pi


for i in range(300):
    pi()
print(pi())
math.pi = 3
print(pi())
del math.pi
try:
    pi()
except AttributeError as e:
    print("AttributeError", e)


def modattr(m):
    return m.maxsize > 0


for i in range(300):
    modattr(sys)
print(modattr(sys))
try:
    modattr(math)
except AttributeError as e:
    print("AttributeError", e)


# Many attributes: the instance's split values outgrow the shared keys.
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
        self.x = "many"


for n in (1, 40):
    m = Many(n)
    for i in range(300):
        get_x(m)
    print(get_x(m), call_norm(pts[2]) if False else "")
m.__dict__["x"] = "via dict"
print(get_x(m))
print(sorted(vars(pts[3]).items()))


# __slots__ members: warm loads and stores, then unset, subclasses, the
# member replaced on the class, and a member of another class put there.
class Sl:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class SlSub(Sl):
    __slots__ = ("c",)


def get_a(o):
    return o.a


def set_a(o, v):
    o.a = v


objs = [Sl(i) for i in range(5)] + [SlSub(i) for i in range(5)]
t = 0
for i in range(300):
    o = objs[i % 10]
    set_a(o, get_a(o) + 1)
    t += get_a(o)
print("slots warm", t)
blank = Sl.__new__(Sl)
try:
    get_a(blank)
except AttributeError as e:
    print("AttributeError", e)
set_a(blank, "set")
print(get_a(blank))


class Other:
    __slots__ = ("a",)


member = Sl.__dict__["a"]
Sl.a = Other.__dict__["a"]
try:
    get_a(objs[0])
except TypeError as e:
    print("TypeError", e)
try:
    set_a(objs[0], 1)
except TypeError as e:
    print("TypeError", e)
Sl.a = 5
print(get_a(objs[0]), get_a(objs[6]))
Sl.a = member
print(get_a(objs[0]), get_a(objs[6]))


class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
for i in range(300):
    set_a(wd, i)
    get_a(wd)
print(get_a(wd), sorted(vars(wd)))

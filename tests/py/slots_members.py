# __slots__ as member descriptors: storage in the object, CPython 3.11's
# errors, inheritance, and __dict__/__weakref__ in the slots.
class C:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


c = C()
print(C.a, type(C.a).__name__, C.b)
print(c.a)
try:
    c.b
except AttributeError as e:
    print("get unset:", e)
try:
    del c.b
except AttributeError as e:
    print("del unset:", e)
try:
    c.c = 3
except AttributeError as e:
    print("no slot:", e)
try:
    c.__dict__
except AttributeError as e:
    print("no dict:", e)
c.b = [c]
print(c.b[0] is c)
del c.a
print(hasattr(c, "a"))
print(C.a.__get__(None, C) is C.a)
C.a.__set__(c, 10)
print(C.a.__get__(c, C))
C.a.__delete__(c)
print(hasattr(c, "a"))
try:
    C.a.__get__(1, int)
except TypeError as e:
    print(e)


class D(C):
    __slots__ = ("d",)


x = D()
x.a, x.d = "A", "D"
print(x.a, x.d, D.d, D.a)
try:
    x.e = 1
except AttributeError as e:
    print(e)


class E(C):
    pass


y = E()
y.a = 1
y.z = 2
print(y.a, y.z, y.__dict__)


class F:
    __slots__ = ("a", "__dict__")


f = F()
f.a = 1
f.q = 2
print(f.a, f.__dict__)

try:
    class G:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)


class H:
    __slots__ = "only"


h = H()
h.only = 5
print(h.only, H.only)

# A cycle through a slot is collected.
import gc


class Node:
    __slots__ = ("other", "__weakref__")


gc.collect()
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print("collected", gc.collect())

# Weak references need a __weakref__ slot.
import weakref

n = Node()
print(weakref.ref(n)() is n)
try:
    weakref.ref(C())
except TypeError as e:
    print(e)
print(weakref.ref(E())() is None)

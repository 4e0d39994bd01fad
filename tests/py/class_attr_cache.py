# Attribute lookups through the inline caches of LoadAttr/LoadMethod/StoreAttr
# must follow every change of classes and instances.


class A:
    kind = "a"

    def __init__(self, x):
        self.x = x

    def m(self):
        return "A.m"


class B(A):
    def m(self):
        return "B.m"


def read(o):
    return o.x, o.kind, o.m()


def loop(objs):
    return [read(o) for o in objs]


objs = [A(1), B(2), A(3)]
for _ in range(3):
    print(loop(objs))

# a class attribute rebound (same key, new value)
A.kind = "a2"
print(loop(objs))
# a new attribute on the subclass shadows the base's
B.kind = "b"
print(loop(objs))
del B.kind
print(loop(objs))

# a method replaced on the class, then shadowed by an instance attribute
A.m = lambda self: "new A.m"
print(loop(objs))
objs[0].m = lambda: "instance m"
print(loop(objs))
del objs[0].m
print(loop(objs))

# an instance attribute shadowing a class value
objs[2].kind = "own"
print(loop(objs))

# a property added later takes precedence over the instance dict
A.x = property(lambda self: "prop")
print(loop(objs))
del A.x
print(loop(objs))

# a third type at the same site
class D(B):
    kind = "d"


objs.append(D(4))
print(loop(objs))

# stores through the cache, and a data descriptor appearing later
def store(o, v):
    o.y = v
    return o.y


a = A(0)
print([store(a, i) for i in range(3)])


class Setter:
    def __set__(self, obj, value):
        print("set", value)

    def __get__(self, obj, owner=None):
        return "got"


A.y = Setter()
print(store(a, 7))
del A.y
print(store(a, 8))

# __getattr__ added to a class afterwards
def get_z(o):
    return o.z


A.__getattr__ = lambda self, name: "fallback " + name
print(get_z(a), get_z(a))
A.z = 5
print(get_z(a), get_z(a))

# class objects: attributes read through the class
class Counter:
    count = 0

    def bump():
        Counter.count += 1
        return Counter.count


print([Counter.bump() for _ in range(3)])
Counter.count = "reset"
print(Counter.count)
Counter.bump = staticmethod(lambda: "static")
print(Counter.bump())

# built-in method calls through LoadMethod
parts = []
for i in range(3):
    parts.append(str(i))
print(parts, "-".join(parts).upper())


# a deep MRO (longer than the cache covers)
class E1: v = 1
class E2(E1): pass
class E3(E2): pass
class E4(E3): pass
class E5(E4): pass
print([E5().v for _ in range(2)])
E1.v = 2
print(E5().v)

# missing attributes still raise
try:
    get_z(object())
except AttributeError as e:
    print("AttributeError", e)

# Custom metaclasses: creation hooks, resolution, lookup on the metaclass.

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = "Meta"
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def hello(cls):
        return "hello from " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class A(metaclass=Meta):
    x = 1
    def f(self):
        return "f"


class B(A, flag=True):
    y = 2

    def __init_subclass__(cls, **kw):
        print("B.__init_subclass__", cls.__name__, kw)


class C(B, tag="c"):
    pass


print(type(A) is Meta, type(B) is Meta, type(C).__name__)
print(isinstance(A, Meta), isinstance(A, type), isinstance(A(), Meta))
print(A.hello(), B.hello(), A.upper_name, C.upper_name)
print(A.created_by, A.x, B.y, A().f())
print(A, repr(B))
print(Meta.__mro__)
print(Meta.__name__, type(Meta))
print(hasattr(A, "hello"), hasattr(A(), "hello"))
try:
    A().hello()
except AttributeError as e:
    print("AttributeError:", e)

# type(name, bases, ns) through a metaclass
D = Meta("D", (A,), {"z": 3})
print(type(D).__name__, D.z, D.x, D.__mro__)

# super().__new__ without a custom __init__
class Plain(type):
    pass

class P(metaclass=Plain):
    pass

print(type(P), P.__class__, Plain.__bases__)

# metaclass conflict
class M1(type):
    pass

class M2(type):
    pass

class X(metaclass=M1):
    pass

class Y(metaclass=M2):
    pass

try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)

# the most derived metaclass wins
class M3(M1):
    pass

class W(X, metaclass=M3):
    pass

class V(W):
    pass

print(type(W).__name__, type(V).__name__)

class U(X, metaclass=type):
    pass

print(type(U).__name__)

# a function as metaclass
def fmeta(name, bases, ns):
    print("fmeta", name, bases)
    return 42

class Q(metaclass=fmeta):
    pass

print(Q)

# __prepare__
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        d = {"injected": "yes"}
        return d

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

class O(metaclass=Ordered, k=1):
    a = 1
    b = injected

print(O.b, O.a)

# super() inside methods of a class made by a metaclass
class Base(metaclass=Meta):
    def greet(self):
        return "base"

class Derived(Base):
    def greet(self):
        return "derived+" + super().greet()

print(Derived().greet())

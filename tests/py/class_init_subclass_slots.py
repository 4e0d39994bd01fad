# __init_subclass__ (implicit classmethod, class keywords), __set_name__,
# and __slots__ restricting instance attributes.
class Registered:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registered.subclasses.append(cls.__name__)

class A(Registered, tag="a"): pass
class B(Registered): pass
class C(A, tag="c"): pass
print(Registered.subclasses, A.tag, B.tag, C.tag)

class Plugin:
    def __init_subclass__(cls):
        print("defining", cls.__name__, cls.__mro__[1].__name__)
D = type("D", (Plugin,), {})
class E(Plugin):
    x = 1

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

class Rec:
    a = Field()
    b = Field()
r = Rec()
r.a = 5
print(r.a, r.b, type(Rec.a).__name__)

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Q(P):
    __slots__ = "z"
class R(P):
    pass
class S:
    __slots__ = ["a", "__dict__"]
q = Q(1, 2); q.z = 3
try:
    q.w = 3
except AttributeError as e:
    print(e)
r = R(1, 2); r.w = 5; print(r.w, r.__dict__["w"])
s = S(); s.b = 1; print(s.__dict__)
del q.y
try:
    print(q.y)
except AttributeError as e:
    print(e)
try:
    del q.y
except AttributeError as e:
    print(e)
print(q.x, q.z, hasattr(q, "__dict__"), hasattr(r, "__dict__"))
class T:
    __slots__ = ()
try:
    T().a = 1
except AttributeError as e:
    print(e)

class Registered:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registered.subclasses.append(cls.__name__)

class A(Registered, tag="a"): pass
class B(Registered): pass
print(Registered.subclasses, A.tag, B.tag)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age, Person.name.kind)
try:
    p.age = "old"
except TypeError as e:
    print(e)

class Lazy:
    def __init__(self):
        self.calls = 0
    def __getattr__(self, name):
        if name.startswith("x"):
            self.calls += 1
            return name.upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

l = Lazy()
print(l.xyz, l.calls, hasattr(l, "nope"), getattr(l, "nope", "dflt"))

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pt = Point(1, 2)
try:
    pt.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(pt, hasattr(pt, "__dict__"))

class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
    def __str__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
shapes = [Circle(1), Sq(3), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s)
try:
    str(Shape())
except NotImplementedError as e:
    print("NIE", e)

class D1:
    def who(self): return "D1"
class D2(D1):
    def who(self): return "D2>" + super().who()
class D3(D1):
    def who(self): return "D3>" + super().who()
class D4(D2, D3):
    def who(self): return "D4>" + super().who()
print(D4().who(), [c.__name__ for c in D4.__mro__])

class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def make(cls):
        return cls()
class Sub(Counter): pass
Counter(); Counter.make(); Sub(); Sub.make()
print(Counter.count, Sub.count)

class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
    @f.deleter
    def f(self): print("deleting"); del self._c
t = Temp(100)
print(t.f); t.f = 32; print(t._c); del t.f
print(hasattr(t, "_c"))
try:
    Temp.f.fset(t, 212); print(t._c)
except Exception as e:
    print(type(e))

class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2)
print(s, s.peek(), len(s), isinstance(s, list))

class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, o):
        if isinstance(o, int): o = Money(o)
        return Money(self.cents + o.cents)
    __radd__ = __add__
    def __iadd__(self, o):
        self.cents += o.cents if isinstance(o, Money) else o
        return self
    def __repr__(self): return f"${self.cents / 100:.2f}"
    def __bool__(self): return self.cents != 0
    def __lt__(self, o): return self.cents < o.cents
    def __le__(self, o): return self.cents <= o.cents
print(sum([Money(150), Money(275)]), Money(5) + 3, 3 + Money(5))
m = Money(1); m += Money(2); m += 10; print(m, bool(Money(0)))
print(Money(1) < Money(2), Money(3) > Money(2), Money(2) >= Money(2), sorted([Money(3), Money(1)]))
try:
    Money(1) < 5
except AttributeError as e:
    print("AE", e)
try:
    print(Money(1) == Money(1), Money(1) != Money(1))
    Money(1) > "x"
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(vars(Money(7)), Money.__name__, Money.__qualname__, Money(1).__class__.__name__)
print(callable(Money), callable(Money(1)), isinstance(Money, type))
print(getattr(Money(3), "cents"), setattr(pt, "x", 10), pt, delattr(m, "cents"), hasattr(m, "cents"))

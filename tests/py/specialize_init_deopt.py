# Class calls specialised into CallAllocAndEnterInit (the instance made and
# its Python __init__ run inline): warmed up, then every guard broken.
import sys


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(cls, a, b):
    return cls(a, b)


vs = [make(V, i, -i) for i in range(300)]
print("warm", sum(v.x + v.y for v in vs), type(vs[0]).__name__)


# __init__ returning something other than None.
class BadInit:
    def __init__(self, a, b):
        return a


for i in range(300):
    try:
        make(BadInit, None, 0)
    except TypeError:
        pass
print(type(make(BadInit, None, 1)).__name__)
try:
    make(BadInit, 5, 1)
except TypeError as e:
    print("TypeError", e)


# __init__ raising: the traceback has the caller's and __init__'s lines.
class Raiser:
    def __init__(self, a, b):
        self.a = a
        if b:
            raise ValueError("bad b %r" % (b,))


for i in range(300):
    make(Raiser, i, 0)
try:
    make(Raiser, 1, 2)
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("ValueError", e, lines)


# Arity changes, __init__ replaced, __new__ added, at the warm site.
try:
    make(V, 1, 2) and V(1)
except TypeError as e:
    print("TypeError", e)
V.__init__ = lambda self, x, y, z=3: setattr(self, "x", x + y + z)
print(make(V, 1, 2).x)


def new(cls, *args):
    print("new", cls.__name__, args)
    return object.__new__(cls)


class N:
    def __init__(self, x, y):
        self.x = x * y


for i in range(300):
    make(N, i, 2)
N.__new__ = new
print(make(N, 4, 5).x)
N.__new__ = lambda cls, *args: 42
print(make(N, 4, 5))
del V.__init__
try:
    make(V, 1, 2)
except TypeError as e:
    print("TypeError", e)


# A metaclass with __call__, a subclass, built-in classes, other callables.
class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class W(metaclass=Meta):
    def __init__(self, a, b):
        self.s = a + b


print(make(W, 1, 2).s)


class Sub(V):
    def __init__(self, a, b):
        self.sum = a * b


print(make(Sub, 6, 7).sum, make(complex, 1, 2), make(range, 1, 4))
print(make(dict, [(1, 2)], ) if False else make(divmod, 9, 4))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


for i in range(300):
    s = make(Slotted, i, i)
print(s.a, s.b)


class ListSub(list):
    def __init__(self, a, b):
        super().__init__([a, b])


print(make(ListSub, 1, 2))


class Exc(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = a + b


e = make(Exc, 1, 2)
print(e.args, e.total)


# A generator __init__ is no plain function call.
class GenInit:
    def __init__(self, a, b):
        yield 1


try:
    make(GenInit, 1, 2)
except TypeError as e:
    print("TypeError", e)


# Recursion through __init__.
class Deep:
    def __init__(self, n, m):
        self.child = Deep(n + 1, m)


try:
    Deep(0, 0)
except RecursionError as e:
    print("RecursionError", e)
print(make(V.__class__, "T", (object,)) if False else "ok")


# Reference counts and identity of the instance handed back.
class Keep:
    seen = []

    def __init__(self, a, b):
        Keep.seen.append(self)


k = make(Keep, 1, 2)
print(k is Keep.seen[-1], sys.getrefcount(k) - sys.getrefcount(object()))


# An abstract class reached through the warm site.
import abc


class Abstract(abc.ABC):
    def __init__(self, a, b):
        pass

    @abc.abstractmethod
    def f(self):
        pass


try:
    make(Abstract, 1, 2)
except TypeError as e:
    print("TypeError", e)

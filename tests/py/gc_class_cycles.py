# A class is a heap type with CPython 3.11's references: its MRO tuple
# (holding the class itself), its bases tuple, its namespace dict and the
# `__dict__` / `__weakref__` getset descriptors pointing back at it. So only
# the cycle collector frees a class, and gc.collect() counts the same
# objects as CPython.
import gc
gc.disable()  # only the explicit collections below (also under gc stress)

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
class C: pass
del C
print("class", gc.collect())
for o in gc.garbage:
    print(" ", type(o).__name__, repr(o)[:70])
gc.garbage.clear()
gc.set_debug(0)

class S:
    __slots__ = ()
del S
print("empty slots", gc.collect())
class A: pass
class B(A): pass
del B
print("subclass", gc.collect())
del A
print("base", gc.collect())
class E(Exception): pass
del E
print("exception", gc.collect())
class F(ValueError): pass
class G(F): pass
del G, F
print("exception subclasses", gc.collect())

def local():
    class L:
        x = 5
        def __init__(self):
            self.me = self
        def m(self):
            return 1
    L(); L()
for i in range(4):
    local()
print("local classes with cyclic instances", gc.collect())

def with_instance():
    class D: pass
    D.inst = D()
for i in range(3):
    with_instance()
print("class holding its instance", gc.collect())

class M(type): pass
class K(metaclass=M): pass
del K
print("metaclass instance", gc.collect())
del M
print("metaclass", gc.collect())
class P:
    __slots__ = ('a', '__dict__')
del P
print("slots with __dict__", gc.collect())
class Q:
    __slots__ = ('a', '__weakref__')
del Q
print("slots with __weakref__", gc.collect())
for base in (int, float, str, tuple, list, dict, set):
    class X(base): pass
    print(base.__name__, list(X.__dict__))
    del X
    print("  collected", gc.collect())

class T:
    """doc"""
    def f(self): pass
print(list(T.__dict__), T.__doc__, T.__dict__['__dict__'], T.__dict__['__weakref__'])
t = T()
t.a = 1
print(T.__dict__['__dict__'].__get__(t), T.__dict__['__weakref__'].__get__(t))
t.__dict__ = {'b': 2}
print(t.b, vars(t))
try:
    T.__dict__['__weakref__'].__set__(t, 1)
except AttributeError as e:
    print(e)
T.later = [T]
del T, t
print("T", gc.collect())

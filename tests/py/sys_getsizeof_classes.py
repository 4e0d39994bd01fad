# sys.getsizeof of class objects: CPython 3.11's type.__sizeof__ is
# sizeof(PyHeapTypeObject) (904) plus the shared keys of a class whose
# instances have a managed dict (768), or sizeof(PyTypeObject) (408) for a
# built-in type; getsizeof adds the GC head.
import sys


class C:
    def m(self):
        pass


class D:
    pass


class S:
    __slots__ = ("a",)


class T(S):
    __slots__ = ()


class E(Exception):
    pass


class M(type):
    pass


class X(metaclass=M):
    pass


c = C()
c.a = 1
print("plain", sys.getsizeof(C), sys.getsizeof(D))
print("slots", sys.getsizeof(S), sys.getsizeof(T))
print("exception subclass", sys.getsizeof(E))
print("metaclass", sys.getsizeof(M), sys.getsizeof(X))
print("built-in", sys.getsizeof(type), sys.getsizeof(object), sys.getsizeof(int), sys.getsizeof(Exception))
for b in (object, int, float, str, bytes, tuple, list, dict, set, frozenset, complex):
    K = type("K", (b,), {})
    L = type("L", (b,), {"__slots__": ()})
    print(b.__name__, sys.getsizeof(K), sys.getsizeof(L))

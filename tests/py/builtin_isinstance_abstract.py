# isinstance/issubclass with objects that are not classes: CPython's abstract
# protocol through __bases__ and __class__ (found by scripts/fuzz-diff).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class GA:
    def __getattr__(self, k):
        return ('ga', k)


class KE:
    def __getattr__(self, k):
        raise KeyError(k)


class FakeClass:
    def __init__(self, bases):
        self.__bases__ = bases


class Inst:
    def __init__(self, cls):
        self.__class__ = cls


A = FakeClass(())
B = FakeClass((A,))
C = FakeClass((B, int))
t(lambda: isinstance(-1, GA()))
t(lambda: isinstance(str, KE()))
t(lambda: issubclass(GA(), int))
t(lambda: issubclass(KE(), ''))
t(lambda: issubclass(int, GA()))
t(lambda: issubclass(B, A))
t(lambda: issubclass(C, A))
t(lambda: issubclass(A, B))
t(lambda: issubclass(C, int))
t(lambda: issubclass(5, A))
t(lambda: issubclass(A, 5))
t(lambda: isinstance(5, A))
t(lambda: isinstance(5, 5))
t(lambda: isinstance(5, (A, int)))
t(lambda: issubclass(bool, (A, int)))

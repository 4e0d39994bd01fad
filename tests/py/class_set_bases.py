# C.__bases__ = (...): CPython's type_set_bases (checks, new MRO for the class
# and its subclasses, flags such as __eq__ taken from the new MRO).
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
    def only_b(self): return 'only B'
class C(A): pass
class D(C): pass
c, d = C(), D()
print(c.who(), d.who())
C.__bases__ = (B,)
print(C.__bases__, C.__base__, C.__mro__)
print(D.__mro__)
print(c.who(), d.who(), d.only_b(), isinstance(d, B), isinstance(d, A), issubclass(D, B))
C.__bases__ = (A, B)
print(C.__mro__, D.__mro__, d.who(), d.only_b())
for bad in [(), [A], (1,), (D,), (C,), (object,), (int,), (list,), (A, A)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
print(C.__mro__)
try:
    del C.__bases__
except TypeError as e:
    print(e)
for t in (int, object):
    try:
        t.__bases__ = (object,)
    except TypeError as e:
        print(e)
class X: pass
class Y(X): pass
class Z(X): pass
try:
    Z.__bases__ = (X, Y)
except TypeError as e:
    print(e)
print(Z.__mro__)
class E1(Exception): pass
class E2(Exception): pass
class E3(E1): pass
E3.__bases__ = (E2,)
try:
    raise E3('x')
except E2 as e:
    print('caught as E2', type(e).__mro__)
class Eq:
    def __eq__(self, o): return True
    __hash__ = None
class P: pass
class Q(P): pass
print(Q() == Q())
Q.__bases__ = (Eq,)
print(Q() == Q(), Q.__hash__)
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
class S3(S1): __slots__ = ()
try:
    S3.__bases__ = (S2,)
except TypeError as e:
    print(e)
class T1:
    __slots__ = ('a',)
class T2:
    __slots__ = ('a',)
class T3(T1): pass
T3.__bases__ = (T2,)
print(T3.__mro__)
class U1: pass
class U2(T1): pass
class U3(U1): pass
try:
    U3.__bases__ = (U2,)
except TypeError as e:
    print(e)
class L1(list): pass
class L2(list): pass
class L3(L1): pass
L3.__bases__ = (L2,)
print(L3.__mro__)
try:
    L3.__bases__ = (A,)
except TypeError as e:
    print(e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(e)

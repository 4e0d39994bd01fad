class E(Exception):
    __slots__ = ('a',)
e = E(1); e.a = 2; print(e.a, e.args, hasattr(e, '__dict__'))
class L(list):
    __slots__ = ('a', 'b')
l = L([1]); l.a = 5
print(l.a, l, L.a, type(L.a).__name__)
try: l.c = 1
except AttributeError as ex: print(ex)
try: l.b
except AttributeError as ex: print(ex)
try: del l.b
except AttributeError as ex: print(ex)
del l.a
print(hasattr(l, 'a'))
class L2(L):
    pass
m = L2(); m.a = 1; m.c = 2; print(m.a, m.c, m.__dict__)
class S(str):
    __slots__ = ('x', '__dict__')
s = S('hi'); s.x = s; s.y = 3; print(s.x, s.y, s.__dict__)
class A(list): __slots__ = ('a',)
class B(list): __slots__ = ('b',)
try:
    class AB(A, B): pass
except TypeError as ex: print(ex)
class C(list): pass
class AC(A, C): pass
ac = AC(); ac.a = 1; ac.q = 2; print(ac.a, ac.q)
class F(float): __slots__ = ('u',)
f = F(1.5); f.u = 'u'; print(f, f.u, f + 1)
class D(dict): __slots__ = ('k',)
d = D(a=1); d.k = d; print(d.k is d, d)
import gc
del d
print(gc.collect() >= 0)
class Fz(frozenset): __slots__ = ('z',)
fz = Fz([1]); fz.z = 3; print(fz.z, fz)
# Slots of a subclass are numbered after the base's; a redefined name
# shadows the base's descriptor.
class L3(L):
    __slots__ = ('c', 'a')
x = L3([9]); x.a = 'sub'; x.b = 'b'; x.c = 'c'
L.a.__set__(x, 'base')
print(x.a, L.a.__get__(x), x.b, x.c, x)
print(sorted(k for k in L3.__dict__ if not k.startswith('__')))
try:
    L.a.__get__([1])
except TypeError as ex:
    print(ex)
# A slot holding its own instance: a cycle the collector frees.
for i in range(3):
    s2 = S('c'); s2.x = s2
    t2 = L([1]); t2.a = [t2]
del s2, t2
print(gc.collect() >= 2)
class E2(Exception):
    __slots__ = ('code',)
e2 = E2('m'); e2.code = 7
print(e2.code, E2.code, str(e2))
class P:
    __slots__ = ('p',)
try:
    class Q(P, list):
        pass
except TypeError as ex:
    print(ex)
try:
    class R(list):
        __slots__ = ('r',)
        r = 1
except ValueError as ex:
    print(ex)
class Cx(complex):
    __slots__ = ('w',)
c = Cx(1, 2); c.w = c
print(c, c.w is c, c * 2)

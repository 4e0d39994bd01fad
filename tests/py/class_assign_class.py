class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A(); a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, a.__dict__)
class S:
    __slots__ = ('p',)
class T:
    __slots__ = ('p',)
s = S(); s.p = 3; s.__class__ = T; print(type(s).__name__, s.p)
for bad in ("a.__class__ = 5", "a.__class__ = int", "a.__class__ = S", "s.__class__ = A", "(1).__class__ = bool", "[].__class__ = B"):
    try:
        exec(bad)
        print(bad, "ok", type(a).__name__)
    except TypeError as e:
        print(bad, "->", e)
class L(list): pass
class M(list): pass
l = L([1]); l.__class__ = M; print(type(l).__name__, l)
try:
    del a.__class__
except TypeError as e: print(e)
class W:
    __slots__ = ('p', '__weakref__')
try:
    T().__class__ = W
except TypeError as e: print(e)
class A2(A): pass
a2 = A2(); a2.y = 2; a2.__class__ = A; print(type(a2).__name__, a2.y, a2.who())
a2.__class__ = A2; print(type(a2).__name__, vars(a2))
import gc
class P:
    def __init__(s): s.me = s
p = P(); p.__class__ = B; del p; print(gc.collect() >= 1)
class E1(Exception): pass
class E2(Exception): pass
e = E1("x"); e.__class__ = E2; print(type(e).__name__, e.args)
try: e.__class__ = A
except TypeError as ex: print(ex)

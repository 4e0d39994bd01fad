# weakref.ref is the native weak reference type (CPython's
# PyWeakReference, 80 bytes): sharing of plain references, callbacks,
# hash and equality through the referent, subclasses with slots
# (KeyedRef, WeakMethod) and a dict.
import weakref, sys, gc
class A: pass
a=A()
r=weakref.ref(a); print(sys.getsizeof(r))
k=weakref.KeyedRef(a, None, 1); print(sys.getsizeof(k), k.key, k() is a)
class M:
  def m(self): pass
m=M(); w=weakref.WeakMethod(m.m); print(sys.getsizeof(w), w() == m.m)
class R(weakref.ref): pass
print(sys.getsizeof(R(a)))
print(repr(r)[:14], weakref.ref.__module__, weakref.ref.__name__, weakref.ref, r.__callback__)
print(weakref.ref(a) is r, weakref.ref(a, None) is r, R(a) is r)
r2 = weakref.ref(a, lambda w: print("callback", w is r2, w())); print(r2 is r, r2 == r, r2 != r, hash(r) == hash(r2))
try: weakref.ref(1)
except TypeError as e: print(e)
try: hash(weakref.ref(A()))
except TypeError as e: print(e)
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
got = []
r3 = weakref.ref(a, lambda x: got.append(x is r3))
del a
print(repr(r)[:14], repr(r)[-7:])
print(repr(r)[-6:], r(), got, r == r2, isinstance(r, weakref.ref), type(r).__name__, callable(r))
d = weakref.WeakValueDictionary()
class B: pass
b = B(); d['x'] = b
print(len(d)); del b; gc.collect(); print(len(d))
s = weakref.WeakSet(); c = B(); s.add(c); print(len(s)); del c; print(len(s))
print(gc.is_tracked(r), type(r) is weakref.ReferenceType)

# A subclass with a dict, and explicit ref.__new__ / ref.__call__.
class Tagged(weakref.ref):
    pass
o = A()
t = Tagged(o)
t.tag = "x"
print(type(t).__name__, t() is o, t.tag, vars(t), weakref.ref.__call__(t) is o)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError")
try:
    weakref.ref(o)(1)
except TypeError as e:
    print(e)
for call in (lambda: weakref.ref(o)(x=1), lambda: weakref.ref(o, None, 3),
             lambda: weakref.ref(o, x=3)):
    try:
        call()
    except TypeError as e:
        print(e)

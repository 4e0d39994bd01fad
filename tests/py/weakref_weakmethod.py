# weakref.WeakMethod (dies with its object or its function; one callback),
# types.MethodType(func, obj), and the weakref pieces against CPython.
import weakref, gc
class C:
    def m(self): return 5
    def __repr__(self): return "C"
c = C()
wm = weakref.WeakMethod(c.m); print(wm()(), type(wm).__name__)
log = []
r1 = weakref.ref(c, lambda w: log.append(1)); r2 = weakref.ref(c, lambda w: log.append(2))
print(weakref.getweakrefcount(c))
del c; print(log, wm())
class L(list): pass
l = L([1, 2, 3]); p = weakref.proxy(l); print(len(p), p[1], list(p), 2 in p)
f = lambda: 0; print(weakref.ref(f)() is f)
s = {1}; print(weakref.ref(frozenset()) if False else "", type(weakref.ref(C)).__name__)
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
try:
    weakref.ref([])
except TypeError as e:
    print(e)
d = weakref.WeakValueDictionary(); a = C(); b = C()
d["a"] = a; d["b"] = b; print(sorted(d.keys()), d.get("a"), d.pop("b"), len(d))
del a, b; gc.collect(); print(len(d), list(d.items()))
k = weakref.WeakKeyDictionary(); x = C(); k[x] = 1; x.cyc = x; del x; gc.collect(); print(len(k))
z = C(); fz = weakref.finalize(z, print, "finalized"); print(fz.peek()[1:], fz.detach()[2], fz.alive)
z2 = C(); fz2 = weakref.finalize(z2, print, "fin2"); print(fz2()); print(fz2.alive)
ws = weakref.WeakSet([C(), C()]); gc.collect(); print(len(ws))
class R(weakref.ref):
    __slots__ = ("extra",)
y = C(); rr = R(y); rr.extra = 3; print(rr() is y, rr.extra)
print(weakref.ref(y) == weakref.ref(y), weakref.ref(y) is weakref.ref(y))
import types
class D:
    pass
d = D()
bm = types.MethodType(lambda self, x: (self is d, x), d)
print(bm(4))
for bad in ((1, d), (len, None)):
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print(e)
class E:
    def m(self):
        pass
e = E()
log2 = []
w = weakref.WeakMethod(e.m, lambda r: log2.append(r is w))
print(w() == e.m, w == weakref.WeakMethod(e.m))
del e
print(log2, w())

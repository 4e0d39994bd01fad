import weakref, gc
class C:
    def __repr__(self): return "C()"
c = C()
r = weakref.ref(c)
print(type(r).__name__, r() is c, weakref.getweakrefcount(c), r is weakref.ref(c))
print(r.__callback__)
def cb(wr):
    print("callback", wr is r2, wr())
r2 = weakref.ref(c, cb)
print(r2.__callback__ is cb, weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
print(hash(r) == hash(c), r == r2, r != r2)
del c
print("after del", r(), r2())
print(r == r2)
for o in [1, "s", (1,), [1], {}, None, 1.5, b"x"]:
    try:
        weakref.ref(o)
    except TypeError as e:
        print(e)
class L(list): pass
print(weakref.ref(L())() is None)
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(C)() is C, weakref.ref(set())() )
x = C()
x.me = x
wx = weakref.ref(x, lambda w: print("cycle cleared", w()))
del x
print("collected", gc.collect())
print(wx())
try:
    hash(weakref.ref(C()))
except TypeError as e:
    print(e)
p = weakref.proxy(C())
try:
    p.foo
except ReferenceError as e:
    print("ReferenceError", e)
class K:
    def __init__(self, n): self.n = n
    def hello(self): return "hello %d" % self.n
k = K(3)
p = weakref.proxy(k)
print(p.n, p.hello())
p.n = 4
print(k.n)
d = weakref.WeakValueDictionary()
k2 = K(5)
d["a"] = k2
d["b"] = K(6)
print(sorted(d.keys()), len(d), "a" in d, "b" in d)
del k2
print(len(d), list(d.items()))
kd = weakref.WeakKeyDictionary()
k3 = K(7)
kd[k3] = "v"
print(len(kd), kd[k3], k3 in kd)
del k3
print(len(kd))
ws = weakref.WeakSet()
k4 = K(8); ws.add(k4); ws.add(K(9))
print(len(ws), k4 in ws)
del k4
print(len(ws))
def bye(msg): print("finalize", msg)
k5 = K(10)
fin = weakref.finalize(k5, bye, "k5")
print(fin.alive)
del k5
print(fin.alive)
k6 = K(11)
f6 = weakref.finalize(k6, bye, "k6")
print(f6(), f6.alive, f6())
print(repr(weakref.ref(f))[:9], repr(weakref.ref(C()))[-6:])

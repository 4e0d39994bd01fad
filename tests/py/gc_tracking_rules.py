# Which objects the collector tracks (CPython's MAINTAIN_TRACKING for dicts,
# _PyTuple_MaybeUntrack for tuples at a collection).
import gc
gc.disable()
class A: pass
a = A(); a.x = 1
print("inst dict ints", gc.is_tracked(a.__dict__))
a.y = []
print("inst dict list", gc.is_tracked(a.__dict__))
b = A(); b.x = 1; d = b.__dict__; b.z = []
print("inst dict later list", gc.is_tracked(d))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked(dict()), gc.is_tracked(dict(a=1)), gc.is_tracked({"a": {}}))
# A constant tuple is tracked until a collection looks at it (compiled
# here, after gc.disable(), so no collection has run since).
exec('d = {"a": 1}; d["b"] = (1, 2); print("tuple const value", gc.is_tracked(d))')
exec('t = (1, 2); print("tuple const", gc.is_tracked(t))')
x = 5
t2 = (x, x + 1); print("tuple built", gc.is_tracked(t2))
gc.collect(); print("tuple built after collect", gc.is_tracked(t2))
d2 = {"k": t2}; print("dict with untracked tuple", gc.is_tracked(d2))
t3 = ([],); gc.collect(); print("tuple with list after collect", gc.is_tracked(t3))
t4 = ((x,), [x]); gc.collect(); print("nested", gc.is_tracked(t4), gc.is_tracked(t4[0]))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(A()))
print(gc.is_tracked(lambda: 0), gc.is_tracked(A), gc.is_tracked(int), gc.is_tracked(None))
print(gc.is_tracked(1.5), gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked(b"x"))
class I(int): pass
class S(str): pass
class F(float): pass
print("subclass instances", gc.is_tracked(I(3)), gc.is_tracked(S("s")), gc.is_tracked(F(1.0)))
class D(dict): pass
print("dict subclass", gc.is_tracked(D()))
d3 = {}; d3[1] = 2; print(gc.is_tracked(d3))
d3[3] = []; print(gc.is_tracked(d3))
del d3[3]; print(gc.is_tracked(d3))
gc.collect(); print("after collect", gc.is_tracked(d3))
d4 = {1: 2}; d5 = d4.copy(); print("copy", gc.is_tracked(d5))
d6 = {list: 1}; print("builtin type key", gc.is_tracked(d6))
d7 = {i: i for i in range(3)}; print("comprehension", gc.is_tracked(d7))
d8 = dict.fromkeys("ab"); print("fromkeys", gc.is_tracked(d8))
d9 = {"a": 1}; d9.update(b=[]); print("update", gc.is_tracked(d9))
d10 = {}; d10.setdefault("a", []); print("setdefault", gc.is_tracked(d10))
def kw(**k): return k
print("kwargs", gc.is_tracked(kw(a=1)), gc.is_tracked(kw(a=[])))
print("globals", gc.is_tracked(globals()))

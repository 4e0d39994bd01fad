# Weak references and the collector: references to garbage are cleared
# before finalizers run; a callback runs only if its weak reference is not
# garbage itself (CPython's handle_weakrefs).
import gc
import weakref
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%s)" % self.name
a = Node("a"); b = Node("b")
a.peer = b; b.peer = a
seen = []
ra = weakref.ref(a, lambda w: seen.append("a died"))
rb = weakref.ref(b, lambda w: seen.append("b died"))
del a, b
print(ra() is not None, rb() is not None)
print("collected", gc.collect())
print(sorted(seen), ra(), rb())
# A weak reference inside the garbage: its callback does not run.
c = Node("c")
c.me = c
c.selfref = weakref.ref(c, lambda w: print("never printed"))
del c
print("collected", gc.collect())
# __del__ sees the weak reference already cleared.
class Fin:
    def __del__(self):
        print("__del__; weakref now", holder[0]())
f = Fin()
f.me = f
holder = [weakref.ref(f)]
del f
print("collected", gc.collect())
print("collected again", gc.collect())
# Callbacks run newest first.
n = Node("n")
order = []
r1 = weakref.ref(n, lambda w: order.append(1))
r2 = weakref.ref(n, lambda w: order.append(2))
r3 = weakref.ref(n, lambda w: order.append(3))
del n
print(order)
# A callback that raises is reported and ignored.
m = Node("m")
rm = weakref.ref(m, lambda w: 1 / 0)
del m
print("still running", rm())
# Weak references to functions, classes, bound methods, sets, generators.
def fn(): pass
class K:
    def method(self): pass
def gen(): yield 1
g = gen()
s = {1}
for ob in [fn, K, s, g, K().method]:
    try:
        w = weakref.ref(ob)
        print(type(ob).__name__, w() is ob)
    except TypeError as e:
        print(type(ob).__name__, e)
del fn
inst = K()
keep_refs = [weakref.ref(inst, id), weakref.ref(inst)]
print(weakref.getweakrefcount(inst), len(weakref.getweakrefs(inst)))
wk = weakref.ref(K)
del K
print("class alive before collect", wk() is not None)
gc.collect()
print("class after collect", wk())
d = weakref.WeakValueDictionary()
for i in range(5):
    d[i] = Node(str(i))
print(len(d))
keep = Node("keep")
d["keep"] = keep
print(list(d.keys()))

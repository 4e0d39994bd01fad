# def f(): class C: ...; C.inst = C() called 1,000 times: every class and
# instance is cyclic garbage, and one full collection frees them all.
import gc
import weakref
gc.disable()
gc.collect()
classes = []
instances = []
def f():
    class C:
        pass
    C.inst = C()
    classes.append(weakref.ref(C))
    instances.append(weakref.ref(C.inst))
for i in range(1000):
    f()
print(sum(r() is not None for r in classes), sum(r() is not None for r in instances))
print(gc.collect() > 0)
print(sum(r() is not None for r in classes), sum(r() is not None for r in instances))
print(gc.collect())
# A local class whose instance refers to itself.
def g():
    class D:
        pass
    d = D()
    d.me = d
    return weakref.ref(D), weakref.ref(d)
rc, rd = g()
print(rc() is not None, rd() is not None)
gc.collect()
print(rc(), rd())

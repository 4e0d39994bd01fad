# Cycles through generators: an unfinished generator in the garbage is
# closed before the garbage is counted (CPython's _PyGen_Finalize, then
# handle_resurrected_objects), so these collections find what CPython does.
import gc
gc.collect()
def gen(box):
    yield box
box = []
g = gen(box)
box.append(g)
del box, g
print("generator and list", gc.collect())
box = []
g = gen(box)
next(g)
box.append(g)
del box, g
print("started generator and list", gc.collect())
def gen2(box):
    x = [box]
    yield x
box = []
g = gen2(box)
next(g)
box.append(g)
del box, g
print("started gen2 and list", gc.collect())
def gen3(box):
    try:
        yield box
    finally:
        pass
box = []
g = gen3(box)
next(g)
box.append(g)
del box, g
print("gen in try and list", gc.collect())
class Holder:
    pass
h = Holder()
def gen4(h):
    yield h
h.g = gen4(h)
next(h.g)
del h
print("instance and started gen", gc.collect())
def gen5():
    me = []
    yield me
g = gen5(); l = next(g); l.append(g); del g, l
print("gen local list", gc.collect())
box = []
g = (x for x in box)
box.append(g)
del box, g
print("genexpr and list", gc.collect())
box = []
g = (x for x in box)
box.append(g)
next(g, None)
del box, g
print("finished genexpr and list", gc.collect())
def gen6(box):
    yield box
    yield 2
box = []
g = gen6(box)
box.append(g)
box.append({"k": g})
next(g)
del box, g
print("started gen, list, dict", gc.collect())
def gen7(box):
    for x in box:
        yield x
box = []
g = gen7(box)
box.append(g)
box.append(1)
next(g)
del box, g
print("gen iterating list", gc.collect())
def outer():
    box = []
    def inner():
        yield box
    g = inner()
    box.append(g)
    return 1
outer()
print("closure gen", gc.collect())
def g():
    me = yield
    yield me
x = g(); next(x); x.send(x); del x
print("self via local", gc.collect())
def h(lst):
    lst.append(1)
    yield lst
    yield 2
l = []
x = h(l); l.append(x); next(x); next(x); del x, l
print("two yields", gc.collect())
class Node:
    def __init__(self):
        self.gen = self.walk()
    def walk(self):
        yield self
n = Node(); del n
print("instance method gen", gc.collect())
n = Node(); next(n.gen); del n
print("started instance method gen", gc.collect())
def k(box):
    try:
        yield box
    except GeneratorExit:
        box.append("closed")
        raise
b = []
x = k(b); b.append(x); next(x); del x
print("gen catching exit", gc.collect(), len(b))
del b
print("its list", gc.collect())

# Two unfinished generators in one garbage set: each is closed, not just
# the first, so neither cycle is counted.
def pair(box):
    yield box
a = []
b = []
ga = pair(a); a.append(ga); next(ga)
gb = pair(b); b.append(gb)
del a, b, ga, gb
print("two generator cycles", gc.collect())
# One of them asked for its frame object (gi_frame): closing the
# generator lets go of it, as CPython's _PyFrame_Clear.
a = []
ga = pair(a); a.append(ga)
print(ga.gi_frame is not None)
c = []
gc_ = pair(c); c.append(gc_); next(gc_)
del a, ga, c, gc_
print("with a frame object", gc.collect())
# The same found by automatic collections (threshold 1).
gc.set_threshold(1)
class Holder2:
    pass
h = Holder2()
def gen8(h):
    yield h
h.g = gen8(h)
next(h.g)
def h(lst):
    yield lst
    yield 2
l = []
x = h(l); l.append(x)
print(x.__qualname__, x.gi_frame is not None)
del x, l
print("after automatic collections", gc.collect())
gc.set_threshold(700, 10, 10)
# A finished or closed generator lets go of its gi_frame object.
def g():
    yield 1
x = g(); f = x.gi_frame; list(x); del x, f
print("exhausted with frame", gc.collect())
x = g(); f = x.gi_frame; del x, f
print("unstarted with frame", gc.collect())
x = g(); next(x); f = x.gi_frame; del f
x.close(); del x
print("closed with frame", gc.collect())

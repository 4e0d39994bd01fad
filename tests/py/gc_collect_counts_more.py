# gc.collect() counts the unreachable objects it finds: the same numbers as
# CPython 3.11 (an empty dict is untracked, so it is not counted).
import gc
gc.disable()
gc.collect()
l = []
l.append(l)
del l
print("self list", gc.collect())
l = [{}]
l.append(l)
del l
print("list holding {}", gc.collect())
l = [{"a": 1}, {"b": []}]
l.append(l)
del l
print("list holding dicts", gc.collect())
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
class Tree:
    pass
t = Tree()
t.kids = [Tree(), Tree()]
for k in t.kids:
    k.parent = t
del t, k
print("tree with parent links", gc.collect())
print("nothing left", gc.collect())

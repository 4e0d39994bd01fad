import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
a = []
a.append(a)
del a
print(gc.collect())
d = {}
d["self"] = d
del d
print(gc.collect())
t = ([],)
t[0].append(t)
del t
print(gc.collect())
class Node:
    def __init__(self):
        self.peer = None
x = Node()
y = Node()
x.peer = y
y.peer = x
del x, y
print(gc.collect())
print(gc.collect())
print(gc.get_threshold())
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.enable()
print(gc.isenabled())
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"))

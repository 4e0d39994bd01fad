# Reference cycles are not freed by refcounting; gc.collect() finds them.
# Design: a self-referencing list is 1 unreachable object; two instances that
# point at each other are 2 (CPython 3.11 gives the same numbers).
import gc
gc.disable()
a = []
a.append(a)
del a
print(gc.collect())

class Node:
    pass

x = Node()
y = Node()
x.other = y
y.other = x
del x, y
print(gc.collect())
print(gc.collect())

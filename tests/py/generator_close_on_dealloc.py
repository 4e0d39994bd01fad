import gc
def fin():
    try:
        yield "a"
        yield "b"
    finally:
        print("fin cleanup")
g = fin()
next(g)
del g
print("after del")
for v in fin():
    break
print("after loop")
def f():
    for v in fin():
        return v
print(f())
def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
g = bad(); next(g); del g
print("x")
s = stubborn(); next(s); del s
print("y")
class Node:
    def __init__(self): self.me = self
def cyc():
    n = Node()
    try:
        yield n
    finally:
        print("cyc closed")
c = cyc(); n = next(c); n.gen = c; del c, n
gc.collect()
print("z")

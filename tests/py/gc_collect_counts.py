import gc
gc.disable()
def report(label):
    print(label, gc.collect())
a = [1, 2]; a.append(a); del a; report("list self")
d = {"k": []}; d["k"].append(d); del d; report("dict<->list")
t = ([],); t[0].append(t); del t; report("tuple<->list")
class A: pass
x = A(); x.me = x; del x; report("instance self")
x = A(); y = A(); x.y = y; y.x = x; del x, y; report("two instances")
x = A(); x.d = {"x": x}; del x; report("instance->dict->instance")
def f():
    def g():
        return g
    return g
h = f(); del h; report("closure self")
class B:
    def __init__(self):
        self.m = self.method
    def method(self): pass
b = B(); del b; report("bound method cycle")
l = [[[]]]; l[0][0].append(l); del l; report("nested lists")
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1 = Node(1); n2 = Node(2); n3 = Node(3); n1.next = n2; n2.next = n3; n3.next = n1
del n1, n2, n3; report("ring of 3")
x = A(); x.__dict__; x.me = x; del x; report("instance with materialised dict")

import gc
class P:
    def __init__(self, x):
        self.x = x
        self.__dict__['y'] = x * 2
        self.__dict__.update(z=3, w=4)

p = P(5)
print(p.x, p.y, p.z, p.w)
print(p.__dict__)
print(p.__dict__ is p.__dict__, vars(p) is p.__dict__)
d = p.__dict__
p.q = 9
print(d)
del d['x']
print(hasattr(p, 'x'), sorted(vars(p)))
p.__dict__ = {'a': 1}
print(p.__dict__, p.a, hasattr(p, 'y'))
try:
    p.__dict__ = 5
except TypeError as e:
    print(e)
try:
    vars(1)
except TypeError as e:
    print(e)

class Node:
    pass

gc.collect()
a = Node(); b = Node()
a.other = b; b.other = a
del a, b
print(gc.collect())
a = Node(); b = Node()
a.other = b; b.other = a
a.__dict__; b.__dict__
del a, b
print(gc.collect())
a = Node(); a.me = a
x = vars(a)
del a
print(gc.collect())
del x
print(gc.collect())

class Q:
    def __init__(self):
        self.__dict__.update({'k': 1, 'j': 2})
    def __repr__(self):
        return f"Q({self.__dict__})"
print(Q(), [Q().k for _ in range(2)])
q = Q()
for k, v in q.__dict__.items():
    print(k, v)
q.__dict__.clear()
print(q.__dict__, hasattr(q, 'k'))
setattr(q, 'n', 5)
print(q.__dict__, getattr(q, 'n'))
q.__dict__.pop('n')
print(hasattr(q, 'n'))

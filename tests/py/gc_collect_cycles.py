import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
for i in range(100):
    a = Node("a")
    b = Node("b")
    a.other = b
    b.other = a
del a, b
n = gc.collect()
print(type(n).__name__, n >= 0)
lst = []
lst.append(lst)
del lst
print(gc.collect() >= 0)
print("done")

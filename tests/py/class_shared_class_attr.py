class Registry:
    items = []
    count = 0
    def register(self, x):
        self.items.append(x)
        self.count += 1
r1 = Registry()
r2 = Registry()
r1.register("a")
r2.register("b")
r2.register("c")
print(Registry.items, r1.items is r2.items)
print(Registry.count, r1.count, r2.count)
class Node:
    instances = 0
    def __init__(self):
        Node.instances += 1
        self.id = Node.instances
nodes = [Node() for _ in range(5)]
print(Node.instances, [n.id for n in nodes])

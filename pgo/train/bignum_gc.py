# PGO training: big integers and reference cycles.
import gc


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


f = fact(1400)
print(len(str(f)), f % 1000003, f.bit_length())
a, b = 0, 1
for _ in range(20000):
    a, b = b, a + b
print(a % 10**9, pow(3, 10**5, 10**9 + 7), (1 << 300) // 12345678901234567, -(7**80) % 1000)


class Node:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


for _ in range(150):
    root = Node(None)
    for i in range(300):
        n = Node(root)
        Node(n)
    root = None
    gc.collect()
ring = []
for i in range(20000):
    x = [i]
    x.append(x)
    ring.append(x)
del ring
print(gc.collect() >= 0)

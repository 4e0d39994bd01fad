# Reference cycles: doubly linked rings, parent/child trees with back links,
# self-referencing lists and dicts, and instances in mutual reference; every
# structure becomes garbage only through the cycle collector.
class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class Tree:
    def __init__(self, parent, depth):
        self.parent = parent
        self.children = []
        if depth > 0:
            for _ in range(3):
                self.children.append(Tree(self, depth - 1))

    def size(self):
        n = 1
        for c in self.children:
            n += c.size()
        return n


def ring(n):
    head = Node(0)
    tail = head
    for i in range(1, n):
        node = Node(i)
        node.prev = tail
        tail.next = node
        tail = node
    tail.next = head
    head.prev = tail
    return head


def ring_sum(head):
    s = head.value
    p = head.next
    while p is not head:
        s += p.value
        p = p.next
    return s


def self_refs(n):
    total = 0
    for i in range(n):
        a = [i]
        a.append(a)
        d = {"k": i}
        d["self"] = d
        b = [a, d]
        a.append(b)
        total += len(a) + len(d)
    return total


class Pair:
    def __init__(self, k):
        self.k = k
        self.other = None


def pairs(n):
    keep = []
    for i in range(n):
        x = Pair(i)
        y = Pair(-i)
        x.other = y
        y.other = x
        if i % 100 == 0:
            keep.append(x)
    return sum(p.k + p.other.k for p in keep) + len(keep)


total = 0
for round in range(130):
    total += ring_sum(ring(1000 + round))
    t = Tree(None, 6)
    total += t.size()
    total += self_refs(1500)
    total += pairs(3000)
print(total)

class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val = val
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self._len
    def __contains__(self, v):
        return any(x == v for x in self)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __bool__(self):
        return self.head is not None

class BST:
    class _N:
        def __init__(self, k, v):
            self.k, self.v, self.l, self.r = k, v, None, None
    def __init__(self):
        self.root = None
        self.size = 0
    def __setitem__(self, k, v):
        def ins(n):
            if n is None:
                self.size += 1
                return BST._N(k, v)
            if k < n.k:
                n.l = ins(n.l)
            elif k > n.k:
                n.r = ins(n.r)
            else:
                n.v = v
            return n
        self.root = ins(self.root)
    def __getitem__(self, k):
        n = self.root
        while n:
            if k == n.k:
                return n.v
            n = n.l if k < n.k else n.r
        raise KeyError(k)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.l)
                yield n.k
                yield from walk(n.r)
        return walk(self.root)
    def items(self):
        return [(k, self[k]) for k in self]
    def height(self, n=...):
        if n is ...:
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.l), self.height(n.r))
    def __len__(self):
        return self.size

class MinHeap:
    def __init__(self, data=None):
        self.a = []
        for x in data or []:
            self.push(x)
    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        if not a:
            raise IndexError("pop from empty heap")
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, s = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[s]: s = l
            if r < len(a) and a[r] < a[s]: s = r
            if s == i: break
            a[i], a[s] = a[s], a[i]
            i = s
        return top
    def __len__(self): return len(self.a)
    def __bool__(self): return bool(self.a)

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), 4 in ll, 9 in ll, ll[2], ll[-1], ll[1:3], bool(ll), bool(LinkedList()))
ll.reverse(); print(ll, list(ll) == [5, 1, 4, 1, 3], ll == LinkedList([5, 1, 4, 1, 3]))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
t = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    t[w] = t[w] + 1 if w in list(t) else 1
print(list(t), len(t), t.height(), t["the"], t.items()[:3])
try:
    t["cat"]
except KeyError as e:
    print("KeyError:", e)
h = MinHeap([5, 3, 8, 1, 9, 2])
print([h.pop() for _ in range(len(h))], bool(h))
try:
    h.pop()
except IndexError as e:
    print(e)
class Stack:
    def __init__(self): self._d = []
    def push(self, x): self._d.append(x); return self
    def pop(self): return self._d.pop()
    def __len__(self): return len(self._d)
    def __repr__(self): return f"Stack({self._d})"
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in s:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not len(st) or st.pop() != pairs[ch]:
                return False
    return len(st) == 0
print([balanced(s) for s in ["()", "([]{})", "(]", "((", "", "{[()()]}"]])
print(Stack().push(1).push(2))
class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, w):
        n = self.root
        for c in w:
            n = n.setdefault(c, {})
        n["$"] = True
    def starts(self, p):
        n = self.root
        for c in p:
            if c not in n:
                return []
            n = n[c]
        out = []
        def dfs(node, acc):
            for k in sorted(node):
                if k == "$":
                    out.append(p + acc)
                else:
                    dfs(node[k], acc + k)
        dfs(n, "")
        return out
tr = Trie()
for w in ["car", "cart", "care", "cat", "dog", "do"]:
    tr.insert(w)
print(tr.starts("ca"), tr.starts("do"), tr.starts("x"))
a = [1, 2]; a.append(a); print(a)
d = {"k": 1}; d["self"] = d; print(d)
class R:
    def __init__(self): self.items = [self]
    def __repr__(self): return f"R({self.items!r})" if len(self.items) < 0 else "R(...)"
print([R()])
import sys
print(sys.getrecursionlimit() >= 1000)
lst = [[i * j for j in range(4)] for i in range(4)]
print(lst, [row[::-1] for row in lst[::2]], list(map(list, zip(*lst)))[1])

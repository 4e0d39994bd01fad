class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __hash__(self):
        return hash(self.n)
    def __repr__(self):
        return "V(%d)" % self.n
a, b, c = V(1), V(1), V(2)
print(a == b, a is b, a != c, a < c, c > a, a == 1)
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(4)]), min(V(9), V(8)))
d = {a: "first"}
d[b] = "second"
print(d, len(d), V(1) in d, V(2) in d)
print(V(2) in [V(1), V(2)], [V(1)].index(V(1)))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
x = Plain()
print(x == x, x == Plain(), hash(x) == hash(x))

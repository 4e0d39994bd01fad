a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a.union(b)), sorted(a.intersection(b)))
print(sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1, 2}), a.isdisjoint({7, 8}))
c = set(a)
c.update([10, 11], (12,))
print(sorted(c))
c.intersection_update(range(5))
print(sorted(c))
c.difference_update({1})
print(sorted(c))
c.symmetric_difference_update({2, 9})
print(sorted(c))
d = c.copy()
d.add(100)
print(len(c), len(d))
x = d.pop()
print(x in d, len(d))
d.clear()
print(d, len(d), bool(d))
print(sorted(a.union([7], "")))
s = set()
s |= {1, 2}
s &= {2, 3}
print(s)
s ^= {5}
print(sorted(s))
s -= {2}
print(s)
print(set("aaa"), set([1, 1, 1]))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)

import gc, sys
seen = []
for i, x in enumerate("abc"):
    seen.append((i, x))
print(seen)
pairs = list(enumerate([10, 20, 30], 5))
print(pairs, pairs[0] is pairs[1])
e = enumerate([[], {}, 3])
a = next(e); b = next(e)
print(a, b, a is b)
t = next(e); tid = id(t); del t
print(next(e, "done"))
e2 = enumerate(range(4))
keep = None
for p in e2:
    if p[0] == 1:
        keep = p
print(keep)
e3 = enumerate([[1], [2]])
first = next(e3); x = first[1]; del first
gc.collect()
second = next(e3)
print(second, gc.is_tracked(second))
e4 = enumerate([1, 2, 3], 2**63 - 2)
print(list(e4))
class C:
    pass
lst = [C() for _ in range(3)]
for i, c in enumerate(lst):
    c.me = (i, c)
del lst, c
print(gc.collect() >= 3)
d = dict(enumerate("xyz"))
print(d)
z = [p for p in enumerate("ab")]
print(z)
print(sys.getsizeof(enumerate([])) in (64, 72))

print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)), hash(()) == hash(()))
d = {(0, 0): "origin", (1, 2): "p"}
print(d[(0, 0)], d[1, 2], (1, 2) in d)
seen = {}
for p in [(1, 2), (2, 1), (1, 2)]:
    seen[p] = seen.get(p, 0) + 1
print(seen)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)

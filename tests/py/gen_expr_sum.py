print(sum(x for x in range(100)))
print(sum(x * x for x in range(10) if x % 2))
print(list(c.upper() for c in "abc"))
g = (i * i for i in range(4))
print(list(g), list(g))
print(max(len(w) for w in "a bb ccc".split()))
total = 0
for v in (n + 1 for n in range(5)):
    total += v
print(total)
print(sorted(x % 4 for x in range(10)))
print(tuple(str(i) for i in range(3)))

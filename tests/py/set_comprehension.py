words = ["apple", "bob", "avocado", "banana", "cherry", "bob"]
first = {w[0] for w in words}
print(sorted(first))
lengths = {len(w) for w in words if len(w) > 3}
print(sorted(lengths))
print(len({(x, y) for x in range(3) for y in range(3) if x != y}))
print(sorted({x % 3 for x in range(100)}))
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique)
print({1, 2, 3} == {x for x in range(1, 4)})
print(sorted(set(words) - {"bob"}))

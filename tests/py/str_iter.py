for ch in "abc":
    print(ch)
print(list("hello"), tuple("hi"))
print(sorted("banana"), "".join(sorted("banana")))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([c * 2 for c in "xyz"], "".join(reversed("stressed")))
it = iter("ab")
print(next(it), next(it), next(it, "done"))

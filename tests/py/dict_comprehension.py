sq = {x: x * x for x in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
print({c: ord(c) for c in "abc"})
print({(i, j): i * j for i in range(2) for j in range(3)})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({i % 3: i for i in range(10)})

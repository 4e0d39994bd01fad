data = [5, 2, 8, 1, 9]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(list(reversed(data)), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print("".join(reversed("stressed")))
print(sorted([3, 1, 2], key=lambda x: -x) == sorted([3, 1, 2], reverse=True))
pairs = [(1, "b"), (0, "b"), (1, "a")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(reversed({"x": 1, "y": 2})))

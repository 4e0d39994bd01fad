for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=1)), list(enumerate("ab", 10)))
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip()))
print(list(zip(range(3), range(10, 13), range(20, 30))))
names = ["a", "b"]
ages = [1, 2]
print(dict(zip(names, ages)))
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
for i, (x, y) in enumerate(zip("ab", "cd")):
    print(i, x, y)
print(list(zip([1])), list(enumerate([])))

s = "abc"
t = (10, 20, 30)
d = {"x": 1, "y": 2}
print(list(enumerate(s, start=1)), list(enumerate(d)))
print(list(zip(s, t, d)), list(zip()), list(zip(s, range(100))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(str.upper, s)), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda c: c > "a", s)))
print(list(reversed(t)), list(reversed(range(5))), list(reversed([1, 2])), "".join(reversed(s)))
print(list(reversed(range(10, 0, -3))))
r = reversed([1, 2, 3])
print(next(r), list(r))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "done"))
z = zip([1, 2], "ab")
print(next(z), list(z))
m = map(abs, [-1, -2])
print(type(m).__name__, type(z).__name__, type(e).__name__, type(r).__name__)
print(list(zip(*[(1, "a"), (2, "b")])))
print(dict(enumerate("xy")))
print(sum(map(int, "12345")))
try:
    reversed({1, 2})
except TypeError as ex:
    print("TypeError", ex)
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)

print([], [1], [1, "a", 2.5, None, True, [2, [3]], (4,), {"k": [5]}])
print(str([1, 2]), repr(["x"]))
a = [1, 2]
a.append(a)
print(a)
b = [[], [[]]]
print(b, len(b))
print(list(), list((1, 2)), list("ab"), list(range(3)), list({"a": 1, "b": 2}))

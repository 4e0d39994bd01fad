d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
i = d.items()
print(k, v, i)
print(list(k), list(v), list(i), len(k))
d["d"] = 4
print(list(k), "a" in k, 1 in v, ("a", 1) in i, ("a", 2) in i)
for key, val in d.items():
    print(key, val)
print(sorted(d.values(), reverse=True), sum(d.values()), max(d))

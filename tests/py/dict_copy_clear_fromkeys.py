d = {"a": [1], "b": 2}
c = d.copy()
c["b"] = 20
c["a"].append(2)
print(d, c)
e = d
e.clear()
print(d, e, c)
print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []))
f = dict.fromkeys([1, 2], [])
f[1].append("shared")
print(f)
print(dict(c), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": 1}, z=0))

d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d, list(d))
d["z"] = 10
print(d)
del d["a"]
d["a"] = 4
print(d)
e = {3: "c", 1: "a", 2: "b"}
print(e, list(e.keys()), list(e.values()))
print(dict(zip("cab", range(3))))

d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["a"]
d["a"] = 4
print(d)
d["z"] = 100
print(d)
k = d.keys()
v = d.values()
it = d.items()
d["new"] = 0
print(k, v, it)
print(len(k), "z" in k, 100 in v, ("z", 100) in it)
print(k & {"z", "q"}, sorted(k | {"q"}), sorted(k - {"z"}))
print(list(reversed(d)), list(reversed(d.items())))
print(dict(zip("abc", range(3))), dict(a=1, b=2), dict([("x", 1)], y=2))
e = {**d, "z": -1, **{"w": 9}}
print(e)
print(d | {"extra": 1})
d |= {"m": 33}
print(d)
try:
    for key in d:
        d["boom"] = 1
except RuntimeError as ex:
    print("RuntimeError", ex)
print({1: "a", 1.0: "b", True: "c"})

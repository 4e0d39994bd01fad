d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = {True: "a", 1: "b", 1.0: "c"}
print(e)
f = {0: "zero", False: "f", 0.0: "z"}
print(f)
print(1 in {1.0: 0}, 2.0 in {2: 0}, hash(1) == hash(1.0) == hash(True))
g = {}
g[2] = "x"
g[2.0] = "y"
print(g, list(g.keys())[0], type(list(g.keys())[0]).__name__)

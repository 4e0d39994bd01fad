d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)
d.update([("d", 4), ("a", 100)])
print(d)
d.update(e=5, f=6)
print(d)
d.update()
print(len(d))
m = {"x": 1}
m |= {"y": 2}
print(m, {"a": 1} | {"a": 2, "b": 3})

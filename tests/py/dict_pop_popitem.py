d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d)
print(d.pop("zz", "default"), d.pop("zz", None))
print(d.popitem(), d)
print(d.popitem(), d)
d["n"] = 5
print(d.popitem(), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print("KeyError:", ex)

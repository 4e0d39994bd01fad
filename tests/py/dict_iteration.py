d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
for v in d.values():
    print(v)
print([k for k in d if d[k] > 1])
try:
    for k in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)

d = {"a": [1, 2], "b": {"c": (3, 4)}, 5: None, "q": "it's"}
print(d)
print(str(d) == repr(d), {})
d["self"] = d
print(d)
print({1: {2: {3: {}}}})
print(dict(), len({}))

# d[k] = v on an exact dict goes straight to the dict; a subclass still gets its __setitem__.
d = {}
def f(d, k, v):
    d[k] = v
for i in range(100):
    f(d, i, i * 2)
f(d, "a", 1); f(d, (1, 2), 3); f(d, 1.0, "one")
print(d[1], d["a"], d[(1, 2)], len(d))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
e = D()
for i in range(100):
    f(e, i, i)
print(e[5], len(e))
try:
    f(d, [1], 2)
except TypeError as ex:
    print("TypeError", ex)
class K:
    def __hash__(self): raise ValueError("no hash")
try:
    f(d, K(), 1)
except ValueError as ex:
    print("ValueError", ex)

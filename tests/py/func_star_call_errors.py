def f(*a, **k): return a, k
class C:
    def m(self, *a): return a
print(f(*[1, 2]), f(*(3,)), f(*"ab", **{"x": 1}), f(*range(3)), C().m(*[1]), f(*iter([5])))
for t in [lambda: f(1, *1), lambda: f(*1), lambda: f(*1, 2), lambda: f(*1, **{}), lambda: print(*1), lambda: [].append(*1),
          lambda: f(**{'a':1}, **{'a':2}), lambda: [].append(**[]), lambda: f(**1), lambda: len(*None), lambda: C().m(*1), lambda: C.m(*5)]:
    try: t()
    except TypeError as e: print(e)
def g():
    yield 1
    raise TypeError("inner")
try:
    f(*g())
except TypeError as e:
    print(e)
print(*[1, 2, 3], sep=", ")
for t in [lambda: zip(1), lambda: object.__new__(5), lambda: type("X", 1, {})]:
    try: t()
    except TypeError as e: print(e)

f = frozenset([1, 2, 3])
print(f, type(f).__name__)
print(frozenset())
print(1 in f, 4 in f, len(f))
g = f | {4}
print(type(g).__name__, sorted(g))
h = {4} | f
print(type(h).__name__, sorted(h))
print(f == {1, 2, 3}, f == frozenset({3, 2, 1}))
d = {f: "frozen"}
print(d[frozenset([3, 2, 1])])
print(hash(frozenset()) == hash(frozenset([])))
s = {frozenset([1]), frozenset([1])}
print(len(s))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError", e)
print(sorted(f.union({9})), f.issubset({1, 2, 3, 4}))
print(repr(frozenset({5})))

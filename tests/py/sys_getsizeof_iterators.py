# sys.getsizeof of the dict, set and enumerate iterators (CPython 3.11's
# dictiterobject, setiterobject and enumobject), and the behaviour of the
# items iterator's reused result tuple.
import sys
d = {"a": 1, "b": 2}
print("dict", sys.getsizeof(iter(d)), sys.getsizeof(iter({})))
print("keys", sys.getsizeof(iter(d.keys())), "values", sys.getsizeof(iter(d.values())))
print("items", sys.getsizeof(iter(d.items())))
print("set", sys.getsizeof(iter({1, 2})), sys.getsizeof(iter(frozenset())))
print("enumerate", sys.getsizeof(enumerate([])), sys.getsizeof(enumerate("ab", 10)))
# A kept pair is not refilled: each stays what it was.
it = iter(d.items())
a = next(it)
b = next(it)
print(a, b, a is b)
# A pair let go of is reused: the loop sees every item.
pairs = [k + str(v) for k, v in d.items()]
print(pairs)
print(list(d.items()), dict(d.items()) == d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
try:
    for k in d:
        d[k + "x"] = 0
except RuntimeError as e:
    print(e)
print(list(enumerate("ab", 2**70)))
# reversed() of a dict and its views: a dict iterator walking back.
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["d"] = 4
print(sys.getsizeof(reversed(d)), sys.getsizeof(reversed(d.items())))
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print([k + str(v) for k, v in reversed(d.items())])
print(list(reversed({})))
r = reversed(d)
print(next(r))
d["e"] = 5
try:
    next(r)
except RuntimeError as e:
    print(e)

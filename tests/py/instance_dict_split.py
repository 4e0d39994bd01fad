# obj.__dict__ of an instance that keeps its attributes in split values is
# CPython 3.11's split dict: it shares the class's keys and takes over the
# values array, so its size is 64 + 8 x the shared keys' usable size (and
# not a combined keys block); storing a new name adds it to the class's
# keys; a non-str key, popitem and running out of shared names make the
# dict combined; copy() of a split dict is split.
import gc
import sys


class P:
    def __init__(s, x, y):
        s.x = x
        s.y = y


a = P(1, 2)
d = a.__dict__
print("first", sys.getsizeof(d), d, len(d), a.__dict__ is d)
b = P(3, 4)
b.__dict__["z"] = 5
print("third name", sys.getsizeof(b.__dict__), b.__dict__, b.z)
c = P(5, 6)
c.y = 7
del c.x
c.x = 9
print("order", c.__dict__, list(c.__dict__.items()), list(reversed(c.__dict__)))
e = P(1, 2)
dd = e.__dict__
dd[5] = 6
print("int key", dd, sys.getsizeof(dd))
f = P(1, 2)
ff = f.__dict__
print("popitem", ff.popitem(), ff, sys.getsizeof(ff))
g = P(1, 2)
gg = g.__dict__
gg.clear()
print("clear", gg, sys.getsizeof(gg))
g.q = 1
print("after clear", gg)
h = P(1, 2)
hh = h.__dict__.copy()
print("copy", hh, sys.getsizeof(hh), sys.getsizeof(dict(h.__dict__)))
i = P([], 2)
ii = i.__dict__
print("tracked", gc.is_tracked(ii), gc.is_tracked(P(1, 2).__dict__))
ii["x"] = ii
del i, ii
print("cycle", gc.collect())
print("vars", vars(a), "x" in d, d.get("y"), d.keys(), d == {"x": 1, "y": 2})
del d["x"]
print("del", d, a.__dict__, hasattr(a, "x"), sys.getsizeof(d))
a.x = 10
print("set again", d, a.x)

# The dict outlives its class.
j = P(1, 2)
jd = j.__dict__
del j
del P
gc.collect()
print("orphan", jd, sys.getsizeof(jd))
jd["w"] = 3
print("orphan insert", jd)


class Q:
    pass


q = Q()
q.a = 1
print("one name", sys.getsizeof(q.__dict__))
for k in range(40):
    setattr(q, "n%d" % k, k)
print("past 30 names", len(q.__dict__), sys.getsizeof(q.__dict__))
q2 = Q()
q2.__dict__
q2.n5 = 5
q2.b = 2
print("second", q2.__dict__, sys.getsizeof(q2.__dict__))

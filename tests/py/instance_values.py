# Instances keep their attributes as split values over keys shared by the
# class until a __dict__ is asked for; attribute semantics stay exact.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y, vars(p))
p.z = 3
del p.y
print(vars(p), hasattr(p, "y"))
p.y = 7
print(p.__dict__)
try:
    del p.nothing
except AttributeError as e:
    print(e)
try:
    p.nothing
except AttributeError as e:
    print(e)

q = P("a", "b")
d = q.__dict__
d["w"] = 9
print(q.w, q.x, d is q.__dict__)
q.k = 1
print(d)
del q.x
print(d, "x" in d)
q.__dict__ = {"n": 1}
print(q.n, hasattr(q, "y"), q.__dict__)
try:
    q.__dict__ = 5
except TypeError as e:
    print(e)

# More names than the shared keys hold (30), and a non-str name.
r = P(0, 0)
for i in range(40):
    setattr(r, f"a{i}", i)
print(r.a39, len(r.__dict__), list(r.__dict__)[:4])
s = P(0, 0)
s.__dict__[1] = "one"
print(s.__dict__)
setattr(s, "after", 2)
print(s.after, len(vars(s)))

# Class attributes and methods shadowed by instance attributes.
class Q:
    v = "class"

    def m(self):
        return "method"


t = Q()
print(t.v, t.m())
t.v = "inst"
t.m = lambda: "inst method"
print(t.v, t.m())
del t.v
print(t.v)
print(sorted(k for k in dir(t) if not k.startswith("__")))

# Many instances, each adding names in a different order.
objs = []
for i in range(50):
    o = Q()
    if i % 2:
        o.a = i
        o.b = -i
    else:
        o.b = -i
        o.a = i
    objs.append(o)
print([list(vars(o)) for o in objs[:3]], sum(o.a for o in objs))

# A cycle through instance attributes is collected.
import gc


class R:
    pass


gc.collect()
a, b = R(), R()
a.other, b.other = b, a
del a, b
print("collected", gc.collect())


class Fin:
    def __del__(self):
        print("del", type(self).__name__)


Fin()

from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), isinstance(p, tuple), type(p).__name__, type(p).__mro__)
print(p == (1, 2), p + (3,), list(p), hash(p) == hash((1, 2)), Point._fields)
print(p._replace(x=10), p._asdict(), Point._make([5, 6]), Point(y=4, x=3))
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 5)]), max(Point(3, 4)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
class V(namedtuple('V', 'x y')):
    def norm(self):
        return self.x * self.x + self.y * self.y
v = V(3, 4)
print(v, v.norm(), repr(v), str(v), {v: 1}, v[1:])
try:
    Point(1)
except TypeError as e:
    print(e)
print(f"{p}", "%s" % (p,), p.count(1), p.index(2))

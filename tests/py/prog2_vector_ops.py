import math


class Vector:
    __slots__ = ("_c",)
    registry = {}

    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], (int, float)):
            components = tuple(components[0])
        self._c = tuple(float(c) for c in components)

    @classmethod
    def zeros(cls, n):
        return cls(*([0] * n))

    @staticmethod
    def dot(a, b):
        if len(a) != len(b):
            raise ValueError(f"dimension mismatch: {len(a)} vs {len(b)}")
        return sum(x * y for x, y in zip(a, b))

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self._c[i])
        return self._c[i]

    def __repr__(self):
        return f"Vector({', '.join(f'{c:g}' for c in self._c)})"

    def __str__(self):
        return "<" + ", ".join(f"{c:.2f}" for c in self._c) + ">"

    def __format__(self, spec):
        if spec.endswith("p"):
            r = abs(self)
            ang = math.atan2(self[1], self[0])
            return f"polar({r:{spec[:-1]}f}, {ang:{spec[:-1]}f})"
        return "(" + ", ".join(format(c, spec) for c in self._c) + ")"

    def __abs__(self):
        return math.hypot(*self._c)

    def __bool__(self):
        return any(self._c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(a + b for a, b in zip(self, other))

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(-c for c in self)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(c * k for c in self)
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return Vector.dot(self, other)

    def __truediv__(self, k):
        return self * (1 / k)

    def __contains__(self, x):
        return float(x) in self._c

    def __lt__(self, other):
        return abs(self) < abs(other)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v

    def __mul__(self, other):
        if isinstance(other, Vector):
            return Vector(Vector.dot(row, other) for row in self.rows)
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix([[1.0 if i == j else 0.0 for j in range(len(self.rows))] for i in range(len(self.rows))])
        base = self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result

    def __repr__(self):
        return "\n".join(" ".join(f"{v:8.2f}" for v in row) for row in self.rows)


class Callable:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kw):
        self.calls += 1
        return f"call#{self.calls} args={args} kw={kw}"


def main():
    v = Vector(3, 4)
    w = Vector([1, 2])
    print(v, repr(w), abs(v), len(v), v[0], v[-1], v[:1])
    print(v + w, v - w, v * 2, 3 * v, v / 2, -v, v @ w)
    print(sum([v, w, Vector(0, 0)]), bool(Vector.zeros(3)), bool(v))
    print(format(v, ".1f"), f"{v:.3p}", f"{w!r:>20}", f"{w!s:*<20}")
    print(4 in v, 5 in v, list(v), tuple(reversed(w)) if hasattr(w, "__reversed__") else tuple(w)[::-1])
    print(sorted([v, w, Vector(0, 1)]), max([v, w]), v == Vector(3.0, 4.0), len({v, Vector(3, 4), w}))
    try:
        v + 1
    except TypeError as e:
        print(e)
    try:
        Vector.dot(v, Vector(1, 2, 3))
    except ValueError as e:
        print(e)
    try:
        v.extra = 1
    except AttributeError as e:
        print(e)
    try:
        "x" * v
    except TypeError as e:
        print(e)
    m = Matrix([[1, 1], [1, 0]])
    print(m ** 10)
    print(m * Vector(1, 0))
    m[0, 1] = 5
    print(m[0, 1], m.rows)
    f = Callable()
    f(1, 2)
    print(f("x", k=1), callable(f), callable(v))
    x = Vector(1, 1)
    y = x
    x += Vector(1, 1)
    print(x, y, x is y)
    lst = [1, 2]
    alias = lst
    lst += [3]
    print(alias, lst is alias)
    t = (1, 2)
    t2 = t
    t += (3,)
    print(t, t2)


main()

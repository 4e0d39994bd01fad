# PGO training: float arithmetic in functions and at module level.
import math


def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        x = a + i * h
        s += (4.0 if i % 2 else 2.0) * f(x)
    return s * h / 3.0


def julia(w, h, cr, ci, limit):
    total = 0
    for y in range(h):
        zy0 = -1.5 + 3.0 * y / h
        for x in range(w):
            zx = -1.5 + 3.0 * x / w
            zy = zy0
            n = 0
            while n < limit and zx * zx + zy * zy < 4.0:
                zx, zy = zx * zx - zy * zy + cr, 2.0 * zx * zy + ci
                n += 1
            total += n
    return total


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = a[i]
        r = [0.0] * m
        for j in range(m):
            acc = 0.0
            for t in range(k):
                acc += row[t] * b[t][j]
            r[j] = acc
        out.append(r)
    return out


def newton_sqrt(x):
    g = x / 2.0 or 1.0
    for _ in range(30):
        g = 0.5 * (g + x / g)
    return g


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)


print(round(simpson(lambda x: x * x * math.sin(x), 0.0, 3.0, 40000), 6))
print(julia(60, 40, -0.8, 0.156, 60))
a = [[float(i * j % 7) - 3.0 for j in range(24)] for i in range(24)]
p = matmul(a, a)
print(round(sum(sum(r) for r in p), 3))
print(round(sum(newton_sqrt(float(i)) for i in range(1, 3000)), 4))
v = Vec(0.0, 0.0, 0.0)
for i in range(30000):
    v = v + Vec(0.5, -0.25, 0.125).scale(i % 3 - 1.0)
print(round(v.norm(), 6))
t = 0.0
x = 1.0
while x < 200000.0:
    t = t + 1.0 / x - x * 1e-9
    x = x + 1.0
print(round(t, 6), abs(-t) > 1.0, t / 3.0 >= 2.0, float(int(t)), math.floor(t))

# PGO training: Python-to-Python calls of every shape.
def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def kw(a, b=2, *args, c=3, **kw):
    return a + b + c + len(args) + len(kw)


def make_adder(n):
    def add(x):
        return x + n
    return add


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


print(tak(18, 12, 6))
print(ack(2, 300))
s = 0
for i in range(30000):
    s += kw(i) + kw(i, 1) + kw(i, c=1) + kw(i, 1, 2, 3, d=4)
print(s)
adders = [make_adder(i) for i in range(50)]
print(sum(f(i) for i in range(2000) for f in adders[:5]))
inc = counter()
for _ in range(50000):
    inc()
print(inc())
print(sum(map(lambda x: x * 2, range(50000))), len(list(filter(None, range(-500, 500)))))
print(sorted(range(20000), key=lambda x: -x)[:3], max(range(5000), key=lambda v: v % 977))

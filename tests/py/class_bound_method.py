class Counter:
    def __init__(self, start):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter(10)
f = c.inc
print(f(), f(5), c.n)
methods = [Counter(0).inc, Counter(100).inc]
for m in methods:
    m()
print([m() for m in methods])
g = Counter.inc
print(g(c), c.n)
callbacks = {}
d = Counter(0)
callbacks["up"] = d.inc
callbacks["up"]()
callbacks["up"](2)
print(d.n)
print(c.inc.__name__, f.__self__ is c)

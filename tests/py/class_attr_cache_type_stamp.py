# Attribute caches stay right when classes change while other dicts churn:
# the caches revalidate only when a class namespace changes (the type stamp),
# so every kind of class change below must still be seen at once.
class A:
    def m(self):
        return "A.m"


class B(A):
    pass


def call_m(o):
    return o.m()


b = B()
for i in range(50):
    r = call_m(b)
print(r)
A.m = lambda self: "new A.m"
print(call_m(b))
B.m = lambda self: "B.m"
print(call_m(b))
del B.m
print(call_m(b))


class P:
    x = 1


def get_x(o):
    return o.x


p = P()
for i in range(50):
    get_x(p)
p.x = 5
print(get_x(p))
del p.x
print(get_x(p))
P.x = property(lambda self: "prop")
print(get_x(p))
d = {}
for i in range(100):
    d[i] = i
    get_x(p)
print(get_x(p), len(d))


class Q:
    def __init__(self):
        self.v = 1


for i in range(60):
    Q()
Q.__init__ = lambda self: setattr(self, "v", 2)
print(Q().v)


class E:
    def m(self):
        return "E"


B.__bases__ = (E,)
print(call_m(b))


# Instance values through a cached index: two classes at one site, names
# added in different orders, and classes made again at the same place.
def make(order):
    class K:
        def __init__(self):
            for n in order:
                setattr(self, n, n * 2)

    return K


def read_y(o):
    return o.y


sites = []
for round_ in range(30):
    K1 = make("xyz")
    K2 = make("zyx")
    sites.append(read_y(K1()) + read_y(K2()))
print(sites[0], sites[-1], len(sites))


class S:
    pass


s = S()
s.a = 1
s.b = 2


def store_b(o, v):
    o.b = v
    return o.b


for i in range(50):
    store_b(s, i)
print(store_b(s, "last"), s.a, vars(s))


# The caches hold class attributes borrowed: a value replaced in place and
# freed (its block reused at once) must never be seen through them.
class R:
    def m(self):
        return -1

    v = -1


r = R()


def call_r():
    return r.m()


def value_r():
    return r.v


def value_cls():
    return R.v


for i in range(60):
    call_r(), value_r(), value_cls()
seen = []
for k in range(200):
    R.m = (lambda k: lambda self: k)(k)
    R.v = [k]
    junk = [float(j) + k for j in range(8)] + [str(k) * 3]
    seen.append(call_r() == k and value_r() == [k] and value_cls() == [k])
print(all(seen), len(seen))

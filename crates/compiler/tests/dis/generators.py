def gen():
    x = yield
    y = yield x
    z = yield from inner()
    return z
g = (i for i in range(3) if i)
lam = lambda: (yield)

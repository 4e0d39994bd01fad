def f():
    pass
def g(a, b=1, *args, c, d=2, **kw):
    "docstring"
    return a + b
def h(a, /, b, *, c):
    return a
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
def gen():
    yield 1
    x = yield
    yield from range(3)
    return 5
lam = lambda x, y=2: x + y
def defaults(a=f(), b=[]):
    return a
@dec1
@dec2(arg)
def decorated():
    pass
def uses_global():
    global counter
    counter += 1
    return len(counter)
def cell_param(p):
    return lambda: p

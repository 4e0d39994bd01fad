# Argument binding errors of Python functions, in CPython's order: keywords
# first, then too many positionals (counting the keyword-only ones given).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def f4(x, y=[]):
    return y


def f5(a, /, b, *, c):
    return [a, b, c]


def f6(**kw):
    return kw


def f7(a, b=2, *args, c=3, **kw):
    pass


def f8(a, *, c):
    pass


def f9(a, b, /, c):
    pass


def f10(a, *, b=1, c=2):
    pass


t(lambda: f4('{x}', True, x=-5, *[1, 2]))
t(lambda: f5(None, z=0, *'ab'))
t(lambda: f5(0.0, None, x=100, a=1, **{'q': 2}))
t(lambda: f5(0.0, None, a=1))
t(lambda: f6(0.0, a=1, c=10))
t(lambda: f6(0.0))
t(lambda: f7(b=1))
t(lambda: f7(1, 2, a=3))
t(lambda: f8(1, 2, c=3))
t(lambda: f8(1, 2))
t(lambda: f8(1, 2, 3, d=1))
t(lambda: f8())
t(lambda: f5())
t(lambda: f9(1, c=2, b=3, a=4))
t(lambda: f10(1, 2, b=3))
t(lambda: f10(1, 2, 3, b=3, c=4))
t(lambda: f10(1, 2, 3, c=4))

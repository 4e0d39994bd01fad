# f(*args): a Python function's frame runs inline; everything else as before.
import sys


def add(a, b, c=10):
    return a + b + c


def wrap(f):
    def inner(*args):
        return f(*args)
    return inner


print(add(*(1, 2)), add(*(1, 2, 3)), wrap(add)(4, 5))


def kwonly(a, *, k):
    return a, k


for call in [lambda: add(*()), lambda: add(*(1, 2, 3, 4)), lambda: kwonly(*(1,))]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


class T(tuple):
    def __iter__(self):
        return iter((7, 8))


print(add(*T((1, 2, 3))))


def gen(*xs):
    yield from xs


print(list(gen(*(1, 2, 3))))


def deep(n):
    return n if n == 0 else deep(*(n - 1,))


print(deep(500))
sys.setrecursionlimit(100)
try:
    deep(1000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


def boom(x):
    return 1 / x


def outer():
    return boom(*(0,))


try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print("ZeroDivisionError", e, names)


def counter():
    n = 0

    def inc(*d):
        nonlocal n
        n += sum(d)
        return n
    return inc


c = counter()
for i in range(5):
    c(*(i, i))
print(c(*()))
print(max(*(3, 9, 2)), (lambda *a: a)(*(1, 2)))


def deco(f):
    def inner(*args, **kwargs):
        return f(*args, **kwargs)
    return inner


@deco
def kw(a, b=2, *, c=3):
    return a, b, c


print(kw(1), kw(1, 5), kw(1, c=9), kw(*(4,), **{}), kw(*(4,), **{"b": 0}))


class M(dict):
    def keys(self):
        return ["c"]

    def __getitem__(self, k):
        return 42


print(kw(*(1,), **M()))
try:
    kw(*(1, 2, 3))
except TypeError as e:
    print("TypeError", e)
outer()

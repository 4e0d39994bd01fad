import functools
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def power(base, exp=2):
    return base ** exp
sq = partial(power, exp=2)
cube = partial(power, exp=3)
print(sq(5), cube(2), partial(power, 2)(10), sq.args, sq.keywords, sq.func is power)
p2 = partial(partial(power, 3), exp=4)
print(p2(), p2.args, p2.keywords)
print(repr(partial(max, 1, 2, key=abs)).startswith("functools.partial(<built-in function max>, 1, 2, key="))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache
def sq2(x):
    return x * x
print(sq2(3), sq2(3), sq2(4), sq2.cache_info())
@lru_cache(maxsize=2)
def ident(x):
    return x
for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info(), ident.__name__)
@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact.cache_info().hits)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def documented(x):
    """Doc string."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), V(2) >= V(3))
class Box:
    def __init__(self, n):
        self.n = n
    @functools.cached_property
    def double(self):
        print("computing")
        return self.n * 2
b = Box(4)
print(b.double, b.double)
class C:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x + 1
print(C().m(1))

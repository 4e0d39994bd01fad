# sys.getsizeof of code objects: CPython 3.11's PyCodeObject (184 bytes)
# plus two bytes per code unit of its bytecode, inline caches included,
# rounded to 8; functions share their code's name and qualname.
import sys
def a(x): return x.y
def b(x): x.y = 1; return x.m(1, 2)
def c(x, y): return x < y
def d(seq): return [i * 2 for i in seq]
def e(): yield 1
def f(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return None
def h(x, **kw): return dict(a=1, **kw)
def i(x): return print(x, sep='', end='')
def j(a, b): a[0] = b[1]; p, q = b; return p
def k(n):
    while n > 0:
        n -= 1
    return n
def l(x):
    if x:
        return 'a'
    elif x is None:
        return 'b'
    return f"{x}!"
def m(s): return s.upper().split(',')
def n(): return lambda z: z + 1
class C:
    def meth(self, v):
        self.v = v
        return self.v + len(self.__dict__)
lst = [a, b, c, d, e, f, h, i, j, k, l, m, n, C.meth, n()]
for fn in lst:
    print(fn.__name__, sys.getsizeof(fn.__code__))
fs = [n() for _ in range(3)]
print(all(f.__name__ is f.__code__.co_name for f in fs), all(f.__qualname__ is f.__code__.co_qualname for f in fs))
print(fs[0].__qualname__, fs[0].__name__ is fs[1].__name__)

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

# Statement shapes: what CPython's compiler adds (handlers' PUSH_EXC_INFO and
# cleanup, the try line's NOP, PUSH_NULL before a non-global callable) and
# removes or copies (dead code, the implicit return copied into each path).
def s_a(x):
    if x:
        print(x)
def s_b(x):
    for i in x:
        print(i)
def s_c(x):
    try:
        print(x)
    except ValueError:
        pass
def s_d(x):
    try:
        print(x)
    finally:
        print(1)
def s_e(m):
    with m as y:
        print(y)
    return 1
def s_f(m):
    with m as y:
        print(y)
def s_g(x):
    while x:
        x -= 1
def s_h(x):
    if x:
        return 1
    else:
        return 2
def s_k(x):
    try:
        print(x)
    except ValueError as e:
        print(e)
def s_l(x):
    if x > 1:
        y = 1
    elif x > 0:
        y = 2
    else:
        y = 3
    return y
def s_m(x):
    for i in x:
        if i:
            break
    else:
        return 0
    return 1
def s_n(x):
    while x:
        if x > 5:
            continue
        x -= 1
    else:
        x = 9
    return x
def s_o(x):
    try:
        y = 1 / x
    except ZeroDivisionError:
        y = 0
    except (TypeError, ValueError) as err:
        y = -1
    else:
        y += 1
    finally:
        print('done')
    return y
def s_p(x):
    assert x, "no"
    del x
def s_q(x):
    raise ValueError(x)
def s_r(m):
    with m:
        return 5
def s_s(x):
    return [y for y in x if y], {k: v for k, v in x}
def s_t(x):
    x.a += 1
    x[0] += 2
def s_u(x):
    if x:
        pass
def s_v(x):
    try:
        return x()
    except Exception:
        return None
def s_w(x):
    for i in range(x):
        for j in range(i):
            print(i, j)
def s_z(x):
    while True:
        x += 1
        if x > 10:
            return x
for fn in (s_a, s_b, s_c, s_d, s_e, s_f, s_g, s_h, s_k, s_l, s_m, s_n, s_o, s_p, s_q, s_r, s_s, s_t, s_u, s_v, s_w, s_z):
    print(fn.__name__, sys.getsizeof(fn.__code__))
# Calls written over several lines and stacked decorators: only a
# decorator's call passes its callable without a PUSH_NULL.
def m_a(f, x, k):
    return f(*x,
             **k)
def m_b(o, x):
    return o.m(x,
               1)
def m_c(g):
    g(
        1)
    g(
        1)
    g(
        1)
    return g(
        2)
def m_d(g, h):
    @g
    @h
    def inner(): pass
    return inner
for fn in (m_a, m_b, m_c, m_d):
    print(fn.__name__, sys.getsizeof(fn.__code__))

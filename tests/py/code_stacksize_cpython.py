# co_stacksize as CPython 3.11's for common statements and expressions (it
# sizes generators and frame objects): our bytecode differs, and the
# compiler models where CPython's stack holds more.
def comp(x):
    return [a * 2 for a in x if a]
def dcomp(x):
    return {k: v for k, v in x.items()}
def lam(x):
    return sorted(x, key=lambda t: (t[1], t[0]))
def chain(a, b, c):
    return a < b < c
def aug(self, x):
    self.total += x * 2
    self.items[x] += 1
def unpack(x):
    a, (b, c), *d = x
    return a, b, c, d
def fstr(x, y):
    return f"{x!r:>{y}} and {y}"
def ifexp(x):
    return x.get(1) if x else None
def loops(n):
    total = 0
    for i in range(n):
        for j in range(i):
            if j % 2:
                continue
            total += i * j
    while total > 10:
        total //= 2
    return total
def slicing(x):
    return x[1:2], x[::2], x[1:-1:3]
def withtry(f, lock):
    with lock:
        try:
            return f()
        except (ValueError, TypeError) as e:
            raise RuntimeError("x") from e
        finally:
            lock.release()
def dictlit(a):
    return {"a": a, 1: a, "c": [a, a]}
def setlit(a):
    return {a, 1, 2}, [a, 1, 2, 3], (a, 1)
def kwonly(a, *, b=1, **kw):
    return dict(a=a, b=b, **kw)
def globalcall():
    print("x", end="")
    return len([1, 2]) + max(1, 2, 3)
def gen_send():
    x = yield 1
    y = yield from range(x)
    return y
import os
def modcall(p):
    return os.path.join(p, "a")
def assert_(x):
    assert x, "msg %s" % x
def delstuff(d):
    del d["a"], d[1:2]
def starcall(f, a, k):
    return f(1, *a, x=2, **k)
def nestedfn(x):
    def inner(y):
        return x + y
    return inner
def classdef():
    class A(object, metaclass=type):
        z = 1
    return A
for f in (comp, dcomp, lam, chain, aug, unpack, fstr, ifexp, loops, slicing, withtry, dictlit, setlit, kwonly, globalcall, gen_send, modcall, assert_, delstuff, starcall, nestedfn, classdef):
    print(f.__name__, f.__code__.co_stacksize)

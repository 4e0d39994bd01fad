# sys._getframe(): frame objects of running frames (the same object while
# the frame runs), f_back, f_lineno and f_locals as CPython 3.11's, after
# the frame stopped too.
import sys
def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    print(fr.f_lineno, fr.f_code.co_name, fr.f_back.f_code.co_name, sorted(fr.f_locals), fr.f_globals is globals())
    print(sys._getframe(1).f_code.co_name, sys._getframe(0) is fr)
    return fr
fr = f(1)
def g():
    return sys._getframe(1).f_lineno
print(g())
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
print(sys._getframe().f_back)
print(type(sys._getframe()).__name__)
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno)
def outer():
    x = 1
    def inner():
        return sys._getframe()
    fr = inner()
    x = 2
    print(fr.f_back.f_lineno, fr.f_back.f_locals['x'], fr.f_back is sys._getframe(), fr.f_lineno)
    return fr
fr = outer()
print(fr.f_back.f_back.f_code.co_name, fr.f_back.f_lineno, sorted(fr.f_back.f_locals))
def loc():
    a = 1
    f = sys._getframe()
    d = f.f_locals
    b = 2
    del a
    print(sorted(f.f_locals), d is f.f_locals, f.f_locals is f.f_locals)
    return f
f = loc()
print(sorted(f.f_locals), f.f_lineno)
def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name
print(list(gen()))
class K:
    fr = sys._getframe()
    print(fr.f_code.co_name, sorted(fr.f_locals))
print(sorted(K.fr.f_locals), K.fr.f_back.f_code.co_name)
def cyc():
    f = sys._getframe()
    f.f_locals['me'] = f
    return f
for i in range(3):
    cyc()
import gc
print(gc.collect() > 0)
def deep(n):
    if n == 0:
        return [sys._getframe(i).f_code.co_name for i in range(4)]
    return deep(n - 1)
print(deep(5))
try:
    sys._getframe('x')
except TypeError as e:
    print(e)
print(sys._getframe(-5).f_code.co_name)
print(type(sys._getframe()).__name__, sys._getframe().f_back is None)
def boom():
    f = sys._getframe()
    x = 5
    raise ValueError(f)
try:
    boom()
except ValueError as e:
    f = e.args[0]
    print(f.f_lineno, sorted(f.f_locals), f.f_back.f_code.co_name, f.f_back.f_lineno)
def g():
    f = sys._getframe()
    yield f
    yield 2
it = g()
f = next(it)
print(f.f_lineno, f.f_code.co_name)
exec("fe = sys._getframe(); print(fe.f_code.co_name, fe.f_back.f_code.co_name)")
def rec(n):
    return sys._getframe() if n == 0 else rec(n - 1)
r = rec(3)
k = 0
while r is not None:
    k += 1
    r = r.f_back
print(k)
print(repr(fr.f_back).split(" at ")[0], fr.f_lineno)

# Generator introspection: gi_frame (the same frame object while it lives, f_lineno,
# f_locals, f_code ...), gi_running, gi_suspended, gi_code, gi_yieldfrom.
def g():
    x = 1
    me = yield x
    yield from inner()
    return 5
def inner():
    yield 'i'
it = g()
print(it.gi_running, it.gi_suspended, it.gi_frame.f_lineno, it.gi_code.co_name, it.gi_yieldfrom)
print(it.gi_frame is it.gi_frame, it.gi_frame.f_code is it.gi_code, it.gi_frame.f_locals)
next(it)
print(it.gi_suspended, it.gi_frame.f_lineno, it.gi_frame.f_locals)
it.send('s')
print(it.gi_yieldfrom.__name__, type(it.gi_yieldfrom).__name__, it.gi_frame.f_locals)
def selfref():
    print('running', gen.gi_running, gen.gi_suspended, gen.gi_frame is not None)
    yield
gen = selfref(); next(gen)
try:
    next(it)
except StopIteration as e:
    print('stop', e.value)
print(it.gi_frame, it.gi_running, it.gi_suspended, it.gi_yieldfrom)
print(g.__name__, it.__name__, it.__qualname__)
it2 = g(); it2.close(); print(it2.gi_frame)
def h():
    try:
        yield
    finally:
        print('fin', hh.gi_running)
hh = h(); next(hh); hh.close()
print(type(it.gi_code).__name__, it.gi_code.co_varnames)
def loop():
    for i in range(3):
        yield i
lp = loop()
fr = lp.gi_frame
print(fr.f_lineno, fr.f_code is lp.gi_code, fr.f_back, fr.f_globals is globals())
next(lp); next(lp)
print(fr.f_lineno, fr.f_locals, lp.gi_frame is fr, type(fr).__name__)
list(lp)
print(lp.gi_frame, lp.gi_suspended)
del lp, fr
import gc; gc.collect()

# A function's __dict__ is a dict object made on the first attribute store;
# its special attributes are not in it.
def f(a, b=1, *, c=2):
    "doc"
    return a
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__dict__)
f.x = 5
print(f.__dict__, f.x, f.__dict__ is f.__dict__)
d = f.__dict__
d['y'] = 7
print(f.y)
del f.x
print(f.__dict__)
try:
    del f.zz
except AttributeError as e:
    print(e)
def g(x: int) -> str: pass
print(g.__annotations__)
f.__module__ = "mod"
print(f.__module__)
import gc
def make():
    def inner(): pass
    inner.me = inner
del make
class K:
    def m(self): pass
K.m.attr = 1
print(K.m.attr, K().m.attr)
h = lambda: 0
h.self = h
del h
print(gc.collect())
def f(): pass
f.__name__ = 'g'
f.__qualname__ = 'q'
print(f.__name__, f.__qualname__, f.__dict__)
f.__doc__ = 'd'
print(f.__doc__, f.__dict__)
def f(): pass
f.__defaults__ = (1,)
f.__kwdefaults__ = {'a': 1}
f.__module__ = 'm'
print(f.__defaults__, f.__kwdefaults__, f.__module__, f.__dict__)
f.__annotations__ = {'x': int}
print(f.__annotations__)

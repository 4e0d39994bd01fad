# types.SimpleNamespace: the native namespace object (CPython's
# _PyNamespace_Type, 40 bytes with its dict made at once), its repr, equality,
# attribute dict, subclasses, and cycles through it.
import types, sys, gc, copy
n = types.SimpleNamespace(a=1, b=2)
print(sys.getsizeof(n), sys.getsizeof(types.SimpleNamespace()), sys.getsizeof(n.__dict__))
class S(types.SimpleNamespace): pass
s = S(x=[1])
print(sys.getsizeof(s), repr(s), s.x, vars(s))
print(repr(n), n == types.SimpleNamespace(a=1, b=2), n != types.SimpleNamespace(a=1), types.SimpleNamespace.__module__, type(n))
n.c = 3; del n.a
print(n, hasattr(n, "a"), n.__dict__)
try:
    n.zz
except AttributeError as e:
    print(e)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    hash(n)
except TypeError as e:
    print(e)
n.me = n
print(n)
print(copy.copy(types.SimpleNamespace(q=1)))
gc.disable(); gc.collect()
m = types.SimpleNamespace(); m.self = m; del m
print(gc.collect())
print(isinstance(sys.implementation, types.SimpleNamespace), n == 1)

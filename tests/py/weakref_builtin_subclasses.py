# Weak references to instances of subclasses of built-in types: allowed
# unless __slots__ leaves __weakref__ out (bytearray, complex and exception
# subclasses too); a bytearray subclass is tracked and collected.
import sys, weakref, gc
class B(bytearray): pass
class S(bytearray):
    __slots__ = ('a',)
class W(bytearray):
    __slots__ = ('__weakref__',)
b = B(b'abc'); s = S(b'q'); w = W()
print(sys.getsizeof(B()), sys.getsizeof(b), sys.getsizeof(S()), sys.getsizeof(W()), sys.getsizeof(bytearray()))
r = weakref.ref(b); print(r() is b)
try:
    weakref.ref(s)
except TypeError as e:
    print(e)
print(weakref.ref(w)() is w)
b.self = b
del b
print(gc.collect() >= 1, r())
print(gc.is_tracked(B()), gc.is_tracked(bytearray()))
for base in (list, dict, float, str, complex, bytearray, int, tuple, bytes, set, frozenset, Exception):
    for slots in (None, (), ('__weakref__',), ('a',)):
        ns = {} if slots is None else {'__slots__': slots}
        try:
            C = type('C', (base,), ns)
        except TypeError as e:
            print(base.__name__, slots, 'class', e)
            continue
        try:
            o = C()
            weakref.ref(o)
            print(base.__name__, slots, 'ok')
        except TypeError as e:
            print(base.__name__, slots, e)

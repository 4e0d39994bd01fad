# Instances of class statements' subclasses of built-in types: CPython
# 3.11's layout adds the dict (two pre-header words for a fixed-size base,
# a word at the end for int, tuple and bytes), the weak-reference word and
# the named __slots__ after the built-in's body; sys.getsizeof counts them
# and the GC head a non-container built-in gets for its subclasses.
import gc
import sys


class L(list): pass
class D(dict): pass
class St(set): pass
class FS(frozenset): pass
class F(float): pass
class C(complex): pass
class I(int): pass
class T(tuple): pass
class B(bytes): pass
class S(str): pass
class L2(L): pass
class Ls(list): __slots__ = ("a", "b")
class Ls0(list): __slots__ = ()
class Ld(list): __slots__ = ("__dict__",)
class Lw(list): __slots__ = ("__weakref__",)
class Fs(float): __slots__ = ("a",)
class Ts(tuple): __slots__ = ()

for x in (L(), L([1, 2, 3]), D(), D(a=1), St(), FS((1,)), F(1.5), C(1j), I(), I(7),
          I(2**40), T(), T((1, 2)), B(), B(b"abc"), S(), S("abc"), S("\xe9t\xe9"),
          S("\u20ac" * 5), L2(), Ls(), Ls0(), Ld(), Lw(), Fs(2.0), Ts((1,))):
    print(type(x).__name__, repr(x)[:20], sys.getsizeof(x))

# The dict lives in the instance: made by the first store, a split dict
# over the class's shared keys for a fixed-size base.
x = L([1])
x.a = 1
x.b = [x]
print(sorted(x.__dict__), x.a, len(x.b))
x.__dict__ = {"c": 3}
print(x.__dict__, hasattr(x, "a"))
try:
    del x.__dict__
except TypeError as e:
    print("TypeError", e)
try:
    x.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
t = T((1, 2))
t.name = "t"
print(t, t.name, t.__dict__)
i = I(5)
i.unit = "m"
print(i + 1, i.unit, vars(i))
del i.unit
print(vars(i))
try:
    del i.unit
except AttributeError as e:
    print("AttributeError", e)

# Slots and dict words after the body.
s = Ls([1, 2])
s.a = "A"
print(s, s.a, hasattr(s, "b"))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", e)
del s.a
print(hasattr(s, "a"))
f = Fs(2.5)
f.a = [f]
print(f, f.a[0] is f)

# Cycles through the words are found by the collector.
gc.disable()
gc.collect()
x = L()
x.me = x
del x
print("list subclass cycle", gc.collect())
s = Ls()
s.a = s
del s
print("slot cycle", gc.collect())
d = D()
d.attr = {"d": d}
del d
print("dict subclass cycle", gc.collect())
t = T((1,))
t.t = t
del t
print("tuple subclass cycle", gc.collect())
f = Fs(1.0)
f.a = f
del f
print("float slot cycle", gc.collect())

# `del obj.__dict__` empties the word; the next store makes a new dict.
t = T((1,))
t.a = 1
del t.__dict__
print(vars(t))
t.b = 2
print(vars(t))
x = L()
x.a = 1
del x.__dict__
x.b = 2
print(vars(x))

# list.__init__ of a subclass: a sized iterable's length rounded up to even
# (list_preallocate_exact), an iterator's items appended one by one; a
# second __init__ frees the item array first.
for src in ([1], [1, 2, 3], (1, 2, 3, 4, 5), range(3), iter([1, 2, 3]), "abcdefg", {1: 2}, []):
    print(sys.getsizeof(L(src)))
x = L([1, 2])
x.__init__([5, 6, 7])
print(x, sys.getsizeof(x))

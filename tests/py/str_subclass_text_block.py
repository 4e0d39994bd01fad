# Instances of a subclass of str: CPython's non-compact PyUnicodeObject
# (the text in a block of its own) behaves as any str.
import sys, gc
class S(str):
    pass
a = S("abc"); b = S("\u00e9" * 10); c = S("\u20ac" * 3); d = S("\U0001F600")
for x in (a, b, c, d):
    print(repr(x), len(x), sys.getsizeof(x), x == str(x), hash(x) == hash(str(x)), x.upper(), x[1:], type(x + "!").__name__)
a.attr = 5
print(a.attr, a.__dict__, {a: 1}["abc"], "abc" in {a}, a.startswith("ab"))
class T(S):
    __slots__ = ()
t = T("xyz")
print(t, type(t).__name__, sys.getsizeof(t), str(t) + "1", f"{t}", "%s" % (t,), t.encode())
import copy
print(copy.copy(a), copy.deepcopy(a).attr, S(S("q")), S(b"\xff", "latin-1"))
del a, b, c, d, t
print(gc.collect())

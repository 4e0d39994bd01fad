# CPython 3.11's documentation strings of built-in functions, methods and
# types, made when `__doc__` is read (a new str each time for functions and
# methods, as CPython's meth_get__doc__).
import math

for f in (len, abs, print, isinstance, sorted, iter, next, getattr, repr):
    print(f.__name__, repr(f.__doc__))
for m in (list.append, list.sort, dict.get, dict.setdefault, str.join,
          str.split, str.startswith, set.add, tuple.count, bytes.hex,
          int.bit_length, float.is_integer):
    print(m.__qualname__ if hasattr(m, "__qualname__") else m.__name__, repr(m.__doc__))
print(repr([].append.__doc__), repr({}.pop.__doc__))
for t in (int, str, list, dict, tuple, set, float, bool, object, range, type):
    print(t.__name__, repr(t.__doc__))
print(repr(math.sqrt.__doc__), repr(math.floor.__doc__))
print(len.__doc__ == len.__doc__, type(len.__doc__).__name__)


class C:
    "a class"

    def m(self):
        "a method"


print(C.__doc__, C.m.__doc__, C().m.__doc__)


class D:
    pass


print(D.__doc__)

"""Operators as functions (arenapy's own implementation of operator)."""

_abs = abs


def abs(a):
    return _abs(a)



def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def index(a): return a if type(a) is int else range(a).stop  # PyNumber_Index's errors
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def _is_seq(x):
    # PySequence_Check: a dict is no sequence.
    return not isinstance(x, dict) and hasattr(type(x), '__getitem__')
def concat(a, b):
    # CPython's PySequence_Concat: the sequence types' own concatenation,
    # else `+` only between two sequences.
    if isinstance(a, (bytes, bytearray)):
        if not isinstance(b, (bytes, bytearray, memoryview)):
            raise TypeError(f"can't concat {type(b).__name__} to {type(a).__name__}")
        return a + b
    if not _is_seq(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    # A built-in sequence concatenates by its type's own `__add__`, which
    # raises for another type: no reflected `__radd__` is tried.
    if isinstance(a, (list, tuple, str)) or any(
            c.__name__ == 'deque' and c.__module__ == 'collections'
            for c in type(a).__mro__):
        return type(a).__add__(a, b)
    if _is_seq(b):
        r = NotImplemented
        f = getattr(type(a), '__add__', None)
        if f is not None:
            r = f(a, b)
        if r is NotImplemented and type(b) is not type(a):
            g = getattr(type(b), '__radd__', None)
            if g is not None:
                r = g(b, a)
        if r is not NotImplemented:
            return r
    raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
def contains(a, b): return b in a
def _iter_search(a):
    # CPython's _PySequence_IterSearch names the argument.
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None
def countOf(a, b):
    n = 0
    for x in _iter_search(a):
        if x is b or x == b:
            n += 1
    return n
def indexOf(a, b):
    for i, x in enumerate(_iter_search(a)):
        if x is b or x == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]
def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        return default
def iadd(a, b):
    a += b
    return a
def isub(a, b):
    a -= b
    return a
def imul(a, b):
    a *= b
    return a
def itruediv(a, b):
    a /= b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def imod(a, b):
    a %= b
    return a
def ipow(a, b):
    a **= b
    return a
def iand(a, b):
    a &= b
    return a
def ior(a, b):
    a |= b
    return a
def ixor(a, b):
    a ^= b
    return a
def ilshift(a, b):
    a <<= b
    return a
def irshift(a, b):
    a >>= b
    return a
def iconcat(a, b):
    a += b
    return a


class itemgetter:
    __slots__ = ('_items',)

    def __init__(self, item, *items):
        self._items = (item,) + items

    def __call__(self, obj):
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[i] for i in items])

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"


class attrgetter:
    __slots__ = ('_attrs',)

    def __init__(self, attr, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names

    def _get(self, obj, name):
        for part in name.split('.'):
            obj = getattr(obj, part)
        return obj

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return self._get(obj, self._attrs[0])
        return tuple([self._get(obj, n) for n in self._attrs])

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"


class methodcaller:
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend(f'{k}={v!r}' for k, v in self._kwargs.items())
        return f"operator.methodcaller({', '.join(args)})"


__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__add__ = add
__sub__ = sub
__mul__ = mul
__truediv__ = truediv
__floordiv__ = floordiv
__mod__ = mod
__neg__ = neg
__getitem__ = getitem

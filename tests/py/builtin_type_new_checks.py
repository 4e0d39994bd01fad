# X.__new__(S) of built-in types (CPython's tp_new_wrapper): S must be a
# type, a subtype of X, and one whose nearest non-Python constructor is X's.


class C:
    pass


class L(list):
    pass


class D(dict):
    def __new__(cls, *a):
        return dict.__new__(cls)


class I(int):
    pass


class J(I):
    def __new__(cls, v):
        return super().__new__(cls, v + 1)


class T(tuple):
    pass


class E(I):
    def __new__(cls, v):
        return object.__new__(cls)


class F(frozenset):
    pass


class MyErr(ValueError):
    def __new__(cls, *a):
        return Exception.__new__(cls, *a)


class N:
    def __new__(cls, *a):
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


class N2:
    def __new__(cls, *a):
        return super().__new__(cls, *a)


tests = [
    "complex.__new__(int, 1)", "complex.__new__(float, 1)", "complex.__new__(5, 1)",
    "complex.__new__(bool)", "complex.__new__(complex, 1, 2)", "int.__new__(complex, 1)",
    "float.__new__(complex, 1)", "str.__new__(complex, 1)", "tuple.__new__(complex, 1)",
    "list.__new__(complex)", "range.__new__(range, 5)", "property.__new__(property).fget",
    "list.__new__(list, [1])", "dict.__new__(dict, a=1)", "set.__new__(set, [1])",
    "bytearray.__new__(bytearray, b'ab')", "object.__new__(int)", "object.__new__(list)",
    "int.__new__(bool, 1)", "bool.__new__(bool, 1)", "str.__new__(str, 5)",
    "tuple.__new__(tuple, 'ab')", "frozenset.__new__(frozenset, 'ab')", "slice.__new__(slice, 3)",
    "float.__new__(float, '1.5')", "bytes.__new__(bytes, 3)", "list(zip.__new__(zip, 'ab'))",
    "list(map.__new__(map, str, 'ab'))", "list(filter.__new__(filter, None, [0, 1]))",
    "list(reversed.__new__(reversed, 'ab'))", "list(enumerate.__new__(enumerate, 'ab'))",
    "object.__new__(ValueError)", "int.__new__(int)", "int.__new__()", "object.__new__()",
    "list.__new__(5)", "int.__new__(str)", "str.__new__(int, 1)", "object.__new__(object, 1)",
    "type(object.__new__(C)).__name__", "object.__new__(C, 1)", "object.__new__(L)",
    "object.__new__(D)", "int.__new__(I, 5)", "object.__new__(I)", "int.__new__(J, 7)",
    "list.__new__(L, [1, 2])", "tuple.__new__(T, [1, 2])", "list.__new__(T)", "dict.__new__(L)",
    "float.__new__(I)", "int.__new__(E, 3)", "E(3)", "J(4)", "frozenset.__new__(F, 'ab') == {'a', 'b'}",
    "MyErr(1, 2).args", "BaseException.__new__(ValueError, 1).args", "ValueError.__new__(int)",
    "Exception.__new__(MyErr, 3).args", "OSError.__new__(KeyError)", "KeyError.__new__(ValueError)",
    "N(5).a", "N2(1)", "'__new__' in int.__dict__", "'__new__' in KeyError.__dict__",
    "'__new__' in ValueError.__dict__", "int.__new__.__self__", "int.__new__.__qualname__",
    "int.__new__ is int.__new__", "object.__new__ is int.__new__", "bool.__new__ is int.__new__",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__, e)

# BaseException.__new__ keeps positional arguments only; BaseException.__init__
# refuses keywords, also for subclasses that do not override it.
print(repr(ValueError.__new__(ValueError, x=1)), repr(ValueError.__new__(ValueError, 1, 2, x=1)))
class E3(Exception): pass
print(repr(Exception.__new__(E3, 3, y=2)), repr(BaseException.__new__(E3)))
print(repr(E3(1)))
try:
    E3(x=1)
except TypeError as e: print(e)
class E4(Exception): pass
class F(Exception):
    def __init__(self, **k):
        super().__init__(**k)
class G(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)
for c in (E4, F, G, ValueError, KeyError, OSError):
    try:
        print(repr(c(x=1)))
    except TypeError as e: print(e)

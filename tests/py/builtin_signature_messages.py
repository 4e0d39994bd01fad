# Argument checks of built-in constructors and methods, with CPython 3.11's
# messages (found re-enabling odd arities in scripts/fuzz-diff).


def t(src):
    try:
        r = eval(src)
        if isinstance(r, (int, float, str, bytes, bytearray, tuple, list, type(None), type)):
            print(src, '->', repr(r))
        else:
            print(src, '->', type(r).__name__)
    except Exception as e:
        print(src, '!', type(e).__name__, e)


for src in [
    # constructors: Argument Clinic counts and keyword names
    "int(1, 2, 3)", "int(1, 2, base=3)", "int(x=1)", "int('7', base=8)",
    "bytes(1, 2, 3, 4)", "bytes(1, 2, 3, zz=1)", "bytearray(1, 2, 3, 4)", "bytearray(source=3, zz=2)",
    "bytearray(source=3)", "str(1, 2, 3, 4, 5)", "str(object=1, zz=1)", "complex(1, 2, 3)",
    "complex(real=1, zz=1)", "memoryview(b'', zz=1)", "memoryview(object=b'ab')",
    "property(zz=1)", "staticmethod(zz=1)", "staticmethod()", "classmethod(1, 2)",
    "super(zz=1)", "object(zz=1)", "object(1)", "slice(stop=1)", "slice(1, 2, 3, 4)",
    "reversed()", "reversed(seq=[1])", "reversed([1], [2])",
    # enumerate's and zip's own keyword handling
    "enumerate()", "enumerate(start=1)", "enumerate([], 1, start=1)", "enumerate(iterable='ab')",
    "list(enumerate(start=5, iterable='ab'))", "list(enumerate(iterable='ab', start=5))",
    "enumerate(iterable=[], zz=1)", "enumerate(zz=[], start=1)", "enumerate([], zz=2)",
    "zip(zz=1)", "zip([], strict=1, zz=1)", "list(zip('ab', 'c', strict=0))", "list(zip('ab', 'c', strict=1))",
    # type(), sorted(), round()
    "type(1, zz=1)", "type('a', (), {}, zz=1)", "sorted(1, zz=1)", "sorted([2, 1], zz=1)",
    "round(number=1.5)", "round(number=1.25, ndigits=1)", "round(ndigits=1)",
    # methods of bytes and bytearray
    "b'abc'.capitalize(1)", "b'abc'.center()", "b'abc'.center(5, zz=1)", "b'abc'.zfill()",
    "b'abc'.rfind()", "b'abc'.rindex(1, 2, 3, 4)", "b'abc'.partition(b'b', 1)",
    "b'abc'.expandtabs(1, 2)", "b'abc'.expandtabs(zz=1)", "b'abc'.splitlines(zz=1)",
    "b'abc'.rsplit(1, 2, 3)", "b'abc'.hex(1, 2, 3)", "b'abc'.hex(zz=1)", "b'abc'.isalpha(zz=1)",
    "bytearray(b'abc').append()", "bytearray(b'abc').pop(zz=1)", "bytearray(b'abc').zfill(zz=1)",
    "bytearray(b'abc').index(98, 0, 3)", "bytearray(b'abc').index(b'c', 1)", "bytearray(b'abc').index(b'a', 1)",
    "bytearray(b'abc').upper(1)", "bytearray(b'abc').join()", "bytearray(b'abc').count(zz=1)",
    "bytearray(b'abc').insert(zz=1)", "bytearray(b'abc').extend()", "bytearray(b'abc').reverse(1)",
    "(1).as_integer_ratio(1)", "(1.5).conjugate(1)", "(1j).conjugate(1)", "'a'.format_map()",
    "int.from_bytes(b'', zz=1)", "int.from_bytes(zz=1)", "(1).from_bytes(1, 2, 3, 4)",
    "int.from_bytes(b'\\x01\\x00', 'little', signed=True)",
    # METH_VARARGS and METH_FASTCALL module functions
    "__import__('math').log(x=1)", "__import__('math').gcd(x=1)",
    "set().union(zz=1)", "'abc'.count(zz=1)",
]:
    t(src)


class Z(frozenset):
    __slots__ = ('a',)


for src in ["frozenset.__new__(Z, x=1)", "frozenset.__new__(Z, [1], [2])", "sorted(frozenset.__new__(Z, [2, 1]))"]:
    t(src)

import itertools

# groupby compares keys identity first (PyObject_RichCompareBool): a nan key
# makes one group of itself.
nan = float('nan')
print([(k, list(g)) for k, g in itertools.groupby([1.5, nan, nan, 'a', True, 1])])
print([k for k, g in itertools.groupby([nan, nan, 2])])

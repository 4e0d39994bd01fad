# Seventh fuzz run: three-argument pow's errors, splitlines' keepends,
# int.from_bytes/to_bytes argument checks, staticmethod/classmethod reprs,
# exception layout conflicts, a class made by exec(src, {}), the OSError
# subclasses and warnings CPython has.
def f(*exprs):
    for e in exprs:
        try:
            print(e, '->', repr(eval(e)))
        except Exception as ex:
            print(e, '!', type(ex).__name__, ex)

f("pow(1, None, 2)", "pow(1, 2, None)", "pow('a', 2, 3)", "pow(1.0, 2, 3)", "pow(2, 3, 4.0)", "pow(2, 3.0, 4)",
  "pow(2, 'a', 4)", "pow(1j, 2, 3)", "pow(2, 3, 1j)", "pow('a', 2, 1j)", "pow(2.5, 'x', 3)", "pow(True, 2, 3)",
  "pow(None, None, None)")
f("b'a\\nb'.splitlines(b'x')", "'a\\nb'.splitlines('x')", "'a\\nb'.splitlines(2)", "b'a\\nb'.splitlines(keepends=1)",
  "'a\\nb'.splitlines(None)", "'a\\nb'.splitlines(2**40)", "'a\\rb'.splitlines(True)", "bytearray(b'a\\nb').splitlines(1)")
f("int.from_bytes('ab', 'big')", "int.from_bytes(5, 'big')", "int.from_bytes([1, 2], 'big')", "int.from_bytes(b'ab', 3)",
  "int.from_bytes('ab', 'middle')", "(5).to_bytes(1, 2)", "(5).to_bytes(-1, 2)", "(5).to_bytes(-1, 'middle')",
  "(5).to_bytes(2, 'little')")
def h():
    pass
print(repr(staticmethod(h)).split(' at ')[0], repr(classmethod(h)).split(' at ')[0])
f("staticmethod(1)", "classmethod(None)", "staticmethod(len)", "classmethod(staticmethod('x'))")
pairs = [("OSError", "SyntaxError"), ("OSError", "ValueError"), ("FileNotFoundError", "PermissionError"),
         ("StopIteration", "SystemExit"), ("NameError", "AttributeError"), ("KeyError", "OSError"),
         ("UnicodeDecodeError", "ValueError"), ("UnicodeError", "ImportError"), ("ModuleNotFoundError", "ImportError"),
         ("ExceptionGroup", "OSError"), ("TabError", "OSError"), ("UnboundLocalError", "KeyError"),
         ("Exception", "OSError"), ("ConnectionError", "TimeoutError"), ("UnicodeDecodeError", "UnicodeEncodeError"),
         ("EnvironmentError", "OSError"), ("BaseExceptionGroup", "StopIteration")]
for a, b in pairs:
    try:
        exec(f"class C({a}, {b}): pass")
        print(a, b, "ok")
    except TypeError as e:
        print(a, b, "TypeError", e)
d = {}
exec("class K: pass\nr = repr(K)\nm = K.__module__", d)
print(d['r'], d['m'])
class M:
    pass
M.__module__ = 5
print(repr(M))
for n in (2, 3, 4, 10, 11, 32, 103, 104, 110, 111, 115, 99):
    print(n, type(OSError(n, 'x')).__name__)
print(IOError is OSError, EnvironmentError is OSError, TimeoutError.__mro__[1].__name__,
      ConnectionResetError.__mro__[1].__name__, issubclass(UnicodeTranslateError, UnicodeError),
      issubclass(SyntaxWarning, Warning), StopAsyncIteration.__mro__[1].__name__,
      [w.__name__ for w in (FutureWarning, PendingDeprecationWarning, ImportWarning, UnicodeWarning,
                            BytesWarning, ResourceWarning, EncodingWarning)])
# An int far beyond the 4300-digit limit is refused before its conversion
# (functools.reduce(pow, b'123', -2**63) took minutes to be refused).
y = (-2**63) ** 49 ** 2
for conv in (repr, str, lambda v: f'{v}', lambda v: '%d' % v, lambda v: format(v, ','), lambda v: format(v, 'd')):
    try:
        conv(y)
    except ValueError as e:
        print(str(e)[:50])
# startswith/endswith check the prefix's type even past the end; encode
# and decode check encoding's type before errors'; hypot and dist as
# CPython's vector_norm (correctly rounded).
import math
f("'abc'.startswith(('a', 1))", "'abc'.startswith((1, 'a'))", "b'abc'.startswith((1,))", "b'abc'.endswith((b'c', 1))",
  "'abc'.endswith((1,), 5, 1)", "'abc'.startswith(2, 2, 1)", "b'abc'.startswith(2, 2, 1)", "'abc'.encode(b'b', None)",
  "'abc'.encode(1, 2)", "'abc'.encode('ascii', 2)", "b'abc'.decode(1, 2)", "'abc'.startswith('', 5)",
  "'abc'.startswith(('',), 3)", "bytearray(b'abc').index(-1, -1, b'b')", "b'abc'.endswith(b'', 3)",
  "'abc'.encode(encoding=None)", "math.hypot(1, 2, 1)", "math.hypot(1e-310, 5e-324, 1e-310)",
  "math.hypot(0.1, 0.7, 3.5, 1e308)", "math.hypot(float('nan'), float('inf'))", "math.hypot(2, float('nan'))",
  "math.dist([1, 2, 1], [0, 0, 0])", "math.dist((0.1, 0.2, 0.3), (1e-300, 5, 7))", "math.hypot()", "math.hypot(-3)")
# type(name, bases, ns) checks its three arguments in order (a list as the
# namespace was a Rust panic).
f("type('A', [1], {})", "type(b'A', (), {})", "type('A', (), [])", "type(None, None, None)", "type(1, 2, 3)",
  "type('A', 1, 2)", "type(b'x', [1], 5)", "type.__new__(type, 'A', (), 5)", "type.__new__(type, 5, (), {})")
# Later findings: sum() of bytes starts, hex's bytes_per_sep converted
# first, None named in fill and hex messages, encode's errors type before
# the codec lookup, an index beyond a word naming the key's type.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
f("[1][I(2**70)]", "range(10)[I(2**70)]", "'ab'[I(-2**70)]", "b'ab'[I(2**64)]", "(1,)[I(2**63)]",
  "bytearray(b'a')[I(2**70)]", "sum([1, 2], b'x')", "sum([], bytearray())", "sum([], '')", "b'abc'.hex(1, None)",
  "b'abc'.hex(None)", "b'abc'.center(5, None)", "'abc'.encode('a', 1)", "'abc'.encode(None, 1)",
  "bytearray(b'ab').ljust(3, None)")
for d in ({'__name__': 5}, {'__name__': 'm'}, {}):
    exec('class K: pass', d)
    print(repr(d['K']), d['K'].__module__ if '__module__' in d['K'].__dict__ else '-')

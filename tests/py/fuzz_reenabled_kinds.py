# Differences found by scripts/fuzz-diff's `reenabled` kind (sixth run).
import math


class X(list):
    # Iterating a list subclass reads its items, not `__getitem__` (this
    # used to loop forever on 'gi').
    def __getitem__(self, i):
        return 'gi'


x = X([1, 2])
print(list(x), [*x], tuple(x), sorted(x), [v for v in x], x[0])

for s in ["math.isclose(sep=1)", "math.isclose(1, 2, 3)", "math.isclose(a=1, b=1.0)",
          "math.isclose(1, b=2, rel_tol=1)", "math.isclose(1, 2, rel_tol=-1)", "math.isclose('a', 1)",
          "math.isclose(1, 1, abs_tol='x')", "math.isclose(float('inf'), float('inf'))",
          "math.isclose(1.0, 1.0000000001)"]:
    try:
        print(s, eval(s))
    except Exception as e:
        print(s, '!', type(e).__name__, e)

# operator.concat as PySequence_Concat; an int to a negative power converts
# both operands to float first.
import operator, collections


class S:
    def __getitem__(self, i):
        return i

    def __add__(self, o):
        return ('add', o)


class T:
    def __getitem__(self, i):
        return i

    def __radd__(self, o):
        return ('radd', o)


for s in ["operator.concat(range(0), 1.5)", "operator.concat(range(0), [1])", "operator.concat([1], (2,))",
          "operator.concat('a', 1)", "operator.concat(S(), [1])", "operator.concat(S(), 1)",
          "operator.concat(range(2), T())", "operator.concat(collections.deque([1]), 5)",
          "operator.concat({}, [])", "operator.concat(b'a', bytearray(b'b'))",
          "(2**6400) ** -100", "(-2**1100) ** -1", "pow(2**6400, -1)", "2 ** -2**70", "2 ** -10**400",
          "0 ** -2**70", "(10**400) ** -2"]:
    try:
        print(s, eval(s))
    except Exception as e:
        print(s, '!', type(e).__name__, e)

# Messages and conversions found in the first chunk of the reenabled kind.


class F:
    def __index__(self):
        return 1.5


for s in ["'abc'.count(b'b')", "'abc'.find(None)", "'a b'.split(1)", "'a b'.rsplit(b' ')",
          "max(iterable=[1])", "min(zz=1)", "max(1, 2, zz=1)", "int.from_bytes(b'a', 5)", "(1).to_bytes(1, 5)",
          "bytes(F())", "len('%d' % 10**4400)", "len('%i' % -10**4400)", "len(b'%d' % 10**4400)",
          "len('%x' % 10**4400)", "bytes('\\xe9t\\xe9', 'ascii', 'backslashreplace')",
          "bytes('\\xe9t', 'ascii', 'ignore')", "bytearray('\\xe9', 'ascii', 'xmlcharrefreplace')",
          "bytes('\\xe9', 'ascii', 'bogus')", "bytes('a', 'ascii', 'bogus')"]:
    try:
        print(s, eval(s))
    except Exception as e:
        print(s, '!', type(e).__name__, e)

# "Did you mean" at module level looks in the script's globals.
value = 1
try:
    print(Value)
except NameError as e:
    print(e)

for s in ["int(base=3)", "int(base=10)", "math.log()", "math.log(1, 2, 3)", "math.log(x=1)"]:
    try:
        print(s, eval(s))
    except Exception as e:
        print(s, '!', type(e).__name__, e)

# Truth of subclasses of built-in containers overriding __len__/__bool__;
# iter(v, w) checks v; None named "None" in Argument Clinic's messages.


class X(tuple):
    def __len__(self):
        return 0


class S(str):
    def __bool__(self):
        return False


class Z(frozenset):
    pass


print(bool(X((5, 6))), bool(S('a')), bool(Z()), bool(Z([1])))
for s in ["iter(2.5, b'x')", "list(iter(iter([1, 2, 3]).__next__, 3))", "'a'.encode(None)",
          "int.from_bytes(b'a', None)", "(1).to_bytes(1, None)"]:
    try:
        print(s, repr(eval(s)))
    except Exception as e:
        print(s, '!', type(e).__name__, e)

for s in ["bytes('a', None)", "bytes('a', 'ascii', 5)", "bytearray(3, 5)", "bytearray('a', b'x')",
          "bytearray('a', 'ascii', None)", "format(1, b'x')", "format(1, None)"]:
    try:
        print(s, repr(eval(s)))
    except Exception as e:
        print(s, '!', type(e).__name__, e)

# `__index__` where CPython converts an argument with PyNumber_Index or
# PyNumber_AsSsize_t; dict views compared as CPython's
# dictview_richcompare (sizes first) and their isdisjoint; huge indexes of
# bytes and bytearray.
import math


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def t(src):
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '!', type(e).__name__, e)


for s in ["[1, 2, 3].pop(I(1))", "[1, 2, 3].insert(I(1), 'x')", "round(2.567, I(1))", "round(1234, I(-2))",
          "(3).to_bytes(I(2), 'big')", "int('11', I(2))", "'ab'.center(I(6))", "'ab'.ljust(I(4), '*')",
          "'ab'.zfill(I(4))", "'a b c'.split(' ', I(1))", "'a b c'.rsplit(None, I(1))", "'a\\tb'.expandtabs(I(2))",
          "'aaa'.replace('a', 'x', I(2))", "b'ab'.center(I(4))", "b'ab'.zfill(I(4))", "b'a b c'.split(b' ', I(1))",
          "b'a\\tb'.expandtabs(I(3))", "b'abc'.hex(':', I(2))", "chr(I(97))", "bytes(I(3))", "bytearray(I(2))",
          "bytearray(b'abc').pop(I(0))", "float(I(4))", "float(I(2**1100))", "complex(I(2))", "complex(1, I(3))",
          "math.factorial(I(5))", "math.comb(I(5), I(2))", "math.perm(I(4), I(2))", "math.gcd(I(6), I(4))",
          "math.lcm(I(4), I(6))", "math.isqrt(I(17))", "math.ldexp(1.0, I(3))", "math.ldexp(1.0, 2**70)",
          "math.ldexp(1.0, -2**70)", "math.ldexp(0.0, 2**70)", "math.ldexp(-0.0, 5)", "[1].pop(I('x'))",
          "b'abc'[2**64]", "bytearray(b'abc')[-2**64]", "b'abc'[I(1)]"]:
    t(s)

d = {'a': 1, 'b': [2], 3: 'c'}
for s in ["d.items() <= {('a', 1)}", "d.items() < {('a', 1), ('b', 2), (3, 'c'), 4}",
          "d.items() == {('a', 1), ('b', [2]), (3, 'c')}", "d.items() != {('a', 1)}", "d.keys() >= {'a'}",
          "d.keys() > {'a', 'b', 3}", "d.values() == d.values()", "d.keys() == d.keys()",
          "d.keys().isdisjoint({'x'})", "d.keys().isdisjoint(['a'])", "d.items().isdisjoint([('a', 1)])",
          "d.items().isdisjoint(d.items())", "{}.keys().isdisjoint({}.keys())", "d.keys().isdisjoint()",
          "d.items().isdisjoint(5)"]:
    t(s)

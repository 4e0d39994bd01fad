# Enum members keep their own _name_/_value_ (they were kept in a table
# keyed by id(), wrong once a class died and an address was reused);
# Fraction ** anything else is float(a) ** b; statistics.harmonic_mean of
# one Fraction.
import enum
import gc
import statistics
from fractions import Fraction


def make(kind, values):
    class C(kind):
        A = values[0]
        B = values[1]
        C = values[2]
    return C


for i in range(30):
    kind = [enum.Enum, enum.IntFlag, enum.Flag, enum.IntEnum][i % 4]
    values = [[1, 2, 4], [1, 1, 2], [2, 4, 8], [3, 3, 5]][i % 4 if kind is not enum.Flag else 0]
    C = make(kind, values)
    print(i, sorted(C.__members__.items()), list(C), C.B.name, C.C.value)
    del C
    gc.collect()
for b in (None, 'x', 2, 0.5, Fraction(1, 2), 1j):
    try:
        print(repr(Fraction(9, 4) ** b))
    except TypeError as e:
        print('TypeError', e)
print(repr(statistics.harmonic_mean([Fraction(1000, 3)])), repr(statistics.harmonic_mean([2.5])))
try:
    statistics.harmonic_mean(['x'])
except TypeError as e:
    print('TypeError', e)

# A pure Flag's STRICT boundary message (n2:3778); dataclasses report a
# mutable default before order-without-eq (n2:2151).
import enum  # noqa: F811
class C(enum.Flag):
    A = 1
    B = 1
    C = 2
class P(enum.Flag):
    R = 4
    W = 2
    X = 1
class Q(enum.Flag):
    A = 1
    C = 4
for cls, v in ((C, 7), (C, 3), (C, -1), (C, -4), (C, -5), (P, 8), (P, -8), (P, -9), (P, 5), (Q, 2), (Q, 3), (Q, 6), (Q, -2)):
    try:
        print(repr(cls(v)))
    except ValueError as e:
        print('ValueError', e)
import dataclasses
try:
    @dataclasses.dataclass(order=True, eq=False)
    class D:
        x: list = []
except ValueError as e:
    print('ValueError', e)

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

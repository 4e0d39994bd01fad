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

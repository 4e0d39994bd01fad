# Fractions: random operations over ints, floats and Fractions, every result
# and error message against CPython 3.11.
import random
from fractions import Fraction as F
import math
r = random.Random(7)
vals = [F(r.randint(-50, 50), r.randint(1, 30)) for _ in range(40)] + [0, 1, -3, 2.5, -0.125, 1e300, F(0)]
ops = ["+", "-", "*", "/", "//", "%", "**", "<", "<=", "==", "!=", ">", ">="]
out = []
for _ in range(800):
    a, b = r.choice(vals), r.choice(vals)
    op = r.choice(ops)
    if op == "**":
        b = r.choice([0, 1, 2, -1, -2, 3, F(1, 2), 0.5, F(-3)])
    try:
        v = eval(f"a {op} b")
        if isinstance(v, float):
            v = repr(v)
        out.append(f"{a!r} {op} {b!r} = {v!r}")
    except Exception as e:
        out.append(f"{a!r} {op} {b!r} ! {type(e).__name__}: {e}")
for x in vals[:40]:
    out.append(f"{x} {hash(x)} {round(x)} {round(x, 1)!r} {math.floor(x)} {math.ceil(x)} {int(x)} {float(x)!r} {x.limit_denominator(5)!r} {divmod(x, F(1, 3))!r}")
print("\n".join(out))

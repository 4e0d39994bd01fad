# float ** with infinite and nan operands: CPython settles them before the
# zero-base and negative-base checks ((-inf) ** 0.5 is inf, 0.0 ** -inf is
# inf). (Found by scripts/fuzz-diff.)
inf, nan = float('inf'), float('nan')
for x in (-inf, inf, -0.0, 0.0, nan, -1.0, 2.0):
    for y in (1e-300, 0.5, -0.5, 3.0, -3.0, 2.0, inf, -inf, nan, 0.0) if x >= 0 or x != x or x == -inf else (3.0, -3.0, 2.0, inf, -inf, nan, 0.0):
        try:
            print(x, y, x ** y)
        except Exception as e:
            print(x, y, type(e).__name__)

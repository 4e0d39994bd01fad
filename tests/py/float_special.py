inf = float("inf")
nan = float("nan")
print(inf > 10 ** 300, -inf < -(10 ** 300), inf == inf, nan == nan, nan != nan)
print(inf + 1, inf - inf, inf * 0, -inf * -1)
print(1 / inf, -1 / inf)
print(nan > 1, nan < 1, nan is nan)
print(max(1.0, inf), min(-inf, 0))
print(0.0 == -0.0, str(-0.0), -0.0 + 0.0)
print(1e308 * 10, -1e308 * 10)
print(float("nan") in [float("nan")], nan in [nan])
print(hash(inf) == hash(float("inf")))
print(int(2.9999), int(-0.5))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)

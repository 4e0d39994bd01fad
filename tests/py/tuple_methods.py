t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2))
print(t + (4,), t * 2, (0,) * 3, 2 in t, 9 not in t)
print(min(t), max(t), sum(t), sorted(t))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
u = t
u += (7,)
print(t, u, u is t)

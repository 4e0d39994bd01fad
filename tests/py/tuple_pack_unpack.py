t = 1, 2, 3
print(t, type(t).__name__)
a, b, c = t
print(a, b, c)
x, y = 10, 20
x, y = y, x
print(x, y)
(p, q) = [5, 6]
print(p, q)
first, second = "ab"
print(first, second)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
def pair():
    return 7, 8
m, n = pair()
print(m, n, pair())
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)

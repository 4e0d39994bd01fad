(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
data = [("ann", (30, "NYC")), ("bob", (25, "LA"))]
for name, (age, city) in data:
    print(name, age, city)
[p, [q, r]] = [1, [2, 3]]
print(p, q, r)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)
pts = [(1, 2), (3, 4)]
print([x + y for x, y in pts])

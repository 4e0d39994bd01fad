a = [1, 2]
b = [3]
print(a + b, a * 2, 2 * b, [] * 5, [0] * 0)
c = a
c += b
print(a, c, c is a)
d = a
d = d + [9]
print(a, d, d is a)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
g = [[0] * 2 for _ in range(2)]
g[0][0] = 1
print(g)
e = [1]
e *= 3
print(e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)

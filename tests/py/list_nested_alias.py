row = [0, 0]
grid = [row, row]
grid[0][1] = 5
print(grid, row)
a = [1, 2]
b = [a, a]
a.append(3)
print(b)
c = [[1, 2], [3, 4]]
d = c[:]
d[0][0] = 100
d[1] = [0]
print(c, d)
e = [1, 2, 3]
f = e
f[0] = "x"
print(e, e is f, e == [1, 2, 3])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [r[1] for r in matrix], matrix[2][::-1])
t = [list(r) for r in zip(*matrix)]
print(t)

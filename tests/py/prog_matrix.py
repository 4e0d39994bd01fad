def zeros(n, m):
    return [[0] * m for _ in range(n)]


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def matmul(a, b):
    n, k, m = len(a), len(b), len(b[0])
    out = zeros(n, m)
    for i in range(n):
        row = a[i]
        for j in range(m):
            s = 0
            for t in range(k):
                s += row[t] * b[t][j]
            out[i][j] = s
    return out


def transpose(a):
    return [list(col) for col in zip(*a)]


def matpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result


def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(width) for x in row))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(matmul(identity(3), b) == b)
fibm = matpow([[1, 1], [1, 0]], 90)
print("fib(90) =", fibm[0][1])
big = [[(i * 7 + j * 3) % 10 for j in range(12)] for i in range(12)]
p = matmul(big, transpose(big))
print(sum(sum(r) for r in p), p[0][:5], p[11][-3:])
f = [[0.5, 1.5], [2.0, -1.0]]
show(matmul(f, f))

class Vector:
    def __init__(self, *comps):
        self.c = tuple(comps)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __iter__(self):
        return iter(self.c)
    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o):
        return Vector(*(a - b for a, b in zip(self, o)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vector) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return any(self.c)
    def __repr__(self):
        return f"Vector{self.c}"

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            return self.rows[i][j]
        return self.rows[idx]
    def __setitem__(self, idx, val):
        i, j = idx
        self.rows[i][j] = val
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    def __matmul__(self, o):
        if isinstance(o, Vector):
            return Vector(*(sum(a * b for a, b in zip(r, o)) for r in self.rows))
        if self.m != o.n:
            raise ValueError(f"shape mismatch: {self.shape} @ {o.shape}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result
    @property
    def shape(self):
        return (self.n, self.m)
    def T(self):
        return Matrix(zip(*self.rows))
    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)

v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v - w, v * w, v * 2, 3 * v, -v)
print(abs(Vector(3, 4)), bool(Vector(0, 0)), bool(v), len(v), v[1], v[-1], v[0:2])
print(v == Vector(1, 2, 3), v != w, hash(v) == hash(Vector(1, 2, 3)))
print({v: "a", Vector(1, 2, 3): "b"})
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B)
print(A + B, A * 2, sep="\n")
print(A[1, 0], A[0], A.shape, A.T())
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 50)[0, 1])
print((fib ** 200)[0, 1])
M = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(M.det(), Matrix.identity(4).det())
print(M @ Vector(1, 1, 1))
C = Matrix.zeros(2, 3)
C[1, 2] = 7
print(C, C.shape)
try:
    A @ C.T()
except ValueError as e:
    print("error:", e)
print(A @ Matrix.identity(2) == A)
F = Matrix([[0.5, 1.25], [2.0, -0.1]])
print(F @ F)
print(str(F ** 3))

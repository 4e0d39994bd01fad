class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k, self.y * k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x and self.y == o.y
    def __bool__(self):
        return bool(self.x or self.y)
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)

a = V(1, 2)
b = V(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(V(3, 4)))
c = a
c += b
print(a, c is a)
print(a == V(4, 6), a != V(4, 6), bool(V(0, 0)), bool(a))
print(a[0], a[-1], b / 2, b // 2, b % 2, b ** 2)
try:
    a + 1
except TypeError as e:
    print("TypeError", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError", e)
x, y = a
print(x, y)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2())
p.move(1, 1).move(1, 1)
print(p.x, p.y)
p.z = "dynamic"
print(p.z)
q = Point(0, 0)
print(q.norm2(), Point.norm2(p))
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, type(e).__name__)

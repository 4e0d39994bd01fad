class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

pts = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(pts))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))
print(Point(1, 2) == (1, 2))
print(len({Point(1, 2), Point(1, 2), Point(3, 3)}))
print(Point("a", 1.5))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)])
print(vars(Point(7, 8)))
print(Point(1, 1).__dict__)
p = Point(3, 4)
p.z = 5
print(sorted(p.__dict__.items()))

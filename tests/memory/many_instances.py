# 500 instances of a class: each is one GC-tracked block (attributes live in
# the instance, as in CPython 3.11), plus its attribute values.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

points = [Point(i, -i) for i in range(500)]
print(len(points), points[10].x, points[10].y)
del points

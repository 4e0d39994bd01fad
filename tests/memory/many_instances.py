# 500 instances of a class: each is one GC-tracked 56-byte block and an
# array of attribute values indexed by the class's shared keys (CPython
# 3.11's split keys: one 768-byte raw block for the class), plus the
# attribute values themselves.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

points = [Point(i, -i) for i in range(500)]
print(len(points), points[10].x, points[10].y)
del points

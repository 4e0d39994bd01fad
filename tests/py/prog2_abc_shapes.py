from abc import ABC, abstractmethod
import math
from functools import total_ordering


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return "%s: area=%.3f perimeter=%.3f" % (self.name, self.area(), self.perimeter())

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


@total_ordering
class Circle(Shape):
    __slots__ = ("r",)

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def __eq__(self, other):
        if not isinstance(other, Circle):
            return NotImplemented
        return self.r == other.r

    def __lt__(self, other):
        if not isinstance(other, Circle):
            return NotImplemented
        return self.r < other.r

    def __hash__(self):
        return hash(("circle", self.r))


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, v):
        if v <= 0:
            raise ValueError(f"side must be positive, got {v}")
        self.w = self.h = v


class Incomplete(Shape):
    def area(self):
        return 0


def main():
    try:
        Shape("x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        Incomplete("y")
    except TypeError as e:
        print("TypeError:", e)
    shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
    for s in shapes:
        print(s.describe())
    print(sorted(shapes, key=lambda s: s.area()))
    print(Circle(1) <= Circle(2), Circle(3) > Circle(2), Circle(2) >= Circle(2))
    print(Circle(1) == Rect(1, 1))
    print(len({Circle(1), Circle(1.0), Circle(2)}))
    sq = Square(3)
    sq.side = 5
    print(sq.area(), sq.side)
    try:
        sq.side = -1
    except ValueError as e:
        print(e)
    print(isinstance(sq, Shape), issubclass(Square, Rect), Square.__mro__[1].__name__)
    print(Shape.count)
    try:
        Circle(1) < Rect(1, 1)
    except TypeError as e:
        print(e)
    c = Circle(2)
    try:
        c.color = "red"
    except AttributeError as e:
        print("AttributeError:", e)
    print(sorted(k for k in vars(c) if k != "r"))


main()

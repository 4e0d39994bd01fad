# abc.ABCMeta as a real metaclass: abstract methods, register, hooks.
from abc import ABC, ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


print(type(Shape) is ABCMeta, type(ABC) is ABCMeta, type(Square).__name__)
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).describe())
print(isinstance(Square(2), Shape), issubclass(Square, Shape), issubclass(int, Shape))


class Sized(ABC):
    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "circle"


print(isinstance(Circle(), Drawable))
Drawable.register(Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(Drawable.register(int) is int, isinstance(5, Drawable), isinstance("x", Drawable))
print(isinstance(Circle(), (str, Drawable)), issubclass(Circle, (int, Drawable)))


@Drawable.register
class Line:
    pass


print(isinstance(Line(), Drawable))


class Partial(Drawable):
    pass


try:
    Partial()
except TypeError as e:
    print("TypeError:", e)


class Done(Partial):
    def draw(self):
        return "done"


print(Done().draw(), isinstance(Done(), Drawable), isinstance(Done(), Partial))


# a metaclass deriving from ABCMeta
class Tagged(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = name.lower()
        return cls


class T(ABC, metaclass=Tagged):
    @abstractmethod
    def run(self):
        ...


class T2(T):
    def run(self):
        return "run " + self.tag


print(type(T).__name__, T2().run(), sorted(T.__abstractmethods__))

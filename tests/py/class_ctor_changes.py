# Calling a class after its (or a base's) __init__ / __new__ changed:
# every call must see the current methods.
class Base:
    pass


class C(Base):
    def __init__(self, x):
        self.x = x


for i in range(3):
    print(C(i).x)


def init2(self, x):
    self.x = x * 10


C.__init__ = init2
print(C(4).x)
del C.__init__
try:
    C(5)
except TypeError as e:
    print("TypeError:", e)
print(type(C()).__name__)


def base_init(self, *args):
    self.args = args


Base.__init__ = base_init
print(C(6, 7).args)


def new(cls, *args):
    print("new", cls.__name__, args)
    return super(Base, cls).__new__(cls)


Base.__new__ = staticmethod(new)
print(C(8).args)
Base.__new__ = staticmethod(lambda cls, *args: super(Base, cls).__new__(cls))
print(C(9).args)

# Classes made and dropped in a loop: a new class at a freed class's
# address must not reuse the old one's answers.
for n in range(6):
    if n % 2:
        class K:
            def __init__(self):
                self.v = "odd"
    else:
        class K:
            pass
    k = K()
    print(n, getattr(k, "v", "no init"))
    del K, k


class Deep(C):
    pass


class Deeper(Deep):
    pass


class Deepest(Deeper):
    pass


print(Deepest(1, 2).args)
Deeper.__init__ = lambda self, v: setattr(self, "v", v)
print(Deepest(3).v)

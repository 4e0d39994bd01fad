# Operators, iteration, calls and reprs of classes through their metaclass.

class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value, name="cfg"):
        self.value = value
        self.name = name


a = Config(1, name="first")
b = Config(2)
print(a is b, a.value, b.name)


class Registry(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._items = [k for k in ns if not k.startswith("_")]
        return cls

    def __iter__(cls):
        return iter(cls._items)

    def __len__(cls):
        return len(cls._items)

    def __getitem__(cls, key):
        return getattr(cls, key)

    def __contains__(cls, key):
        return key in cls._items

    def __repr__(cls):
        return "<Registry " + cls.__name__ + ">"

    def __str__(cls):
        return "Registry:" + cls.__name__

    def __bool__(cls):
        return len(cls._items) > 0

    def __add__(cls, other):
        return cls.__name__ + "+" + other.__name__

    def __lt__(cls, other):
        return len(cls) < len(other)


class Colors(metaclass=Registry):
    red = 1
    green = 2
    blue = 3


class Empty(metaclass=Registry):
    pass


print(list(Colors), len(Colors), Colors["green"], "red" in Colors, "pink" in Colors)
for name in Colors:
    print(name, Colors[name])
print(repr(Colors), str(Colors), Colors, [Colors])
print(bool(Colors), bool(Empty), "yes" if Empty else "no")
print(Colors + Empty, Empty < Colors, sorted([Colors, Empty]))
print(f"{Colors}", "%s" % Colors)
print(Colors == Colors, Colors != Empty, hash(Colors) == hash(Colors))
d = {Colors: 1, Empty: 2}
print(d[Colors], d[Empty])

# plain classes keep type's behaviour
class Plain:
    pass

print(Plain, repr(Plain), Plain == Plain)
try:
    len(Plain)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in Plain:
        pass
except TypeError as e:
    print("TypeError:", e)


# metaclass attributes and class attributes
class Meta(type):
    meta_attr = "from meta"
    shared = "meta"

    @property
    def info(cls):
        return "info(" + cls.__name__ + ")"

    @classmethod
    def make(mcls, name):
        return mcls(name, (), {})

    @staticmethod
    def helper():
        return "helper"


class K(metaclass=Meta):
    shared = "class"


print(K.meta_attr, K.shared, K.info, K.helper())
M = Meta.make("Made")
print(M, type(M).__name__, M.info)
print("meta_attr" in dir(K), "meta_attr" in K.__dict__)

# metaclass method that sets attributes on the class
class Counter(type):
    def bump(cls):
        cls.count = getattr(cls, "count", 0) + 1
        return cls.count


class N(metaclass=Counter):
    pass


N.bump()
print(N.bump(), N.count)

# __init_subclass__ still runs with a metaclass
class Base(metaclass=Meta):
    subclasses = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.subclasses.append((cls.__name__, kw))


class Sub1(Base):
    pass


class Sub2(Base, label="two"):
    pass


print(Base.subclasses)
print(type(Sub2) is Meta, isinstance(Sub2, Meta), issubclass(Meta, type))

# instances of classes with a metaclass are ordinary
s = Sub1()
print(type(s) is Sub1, isinstance(s, Base), type(type(s)) is Meta)

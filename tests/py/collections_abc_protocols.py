# collections.abc: which objects are instances of which ABC (hooks,
# registered built-ins, subclasses of sub-ABCs), the mixin methods, and
# abstract-method errors, against CPython 3.11.
import collections.abc as abc
from collections import OrderedDict, deque

names = ["Hashable", "Iterable", "Iterator", "Reversible", "Generator",
         "Sized", "Container", "Collection", "Callable", "Sequence",
         "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping",
         "ByteString", "KeysView", "ItemsView", "ValuesView", "MappingView"]


def gen():
    yield 1


class WithIter:
    def __iter__(self):
        return iter([])


class Unhashable:
    __hash__ = None


class Callme:
    def __call__(self):
        return 1


samples = [
    ("int", 5), ("float", 1.5), ("str", "ab"), ("bytes", b"ab"),
    ("bytearray", bytearray(b"a")), ("list", [1]), ("tuple", (1,)),
    ("range", range(3)), ("dict", {1: 2}), ("set", {1}),
    ("frozenset", frozenset()), ("keys", {1: 2}.keys()),
    ("items", {1: 2}.items()), ("values", {1: 2}.values()),
    ("list_iter", iter([])), ("gen", gen()), ("func", len),
    ("lambda", lambda: 0), ("class", int), ("None", None),
    ("WithIter", WithIter()), ("Unhashable", Unhashable()),
    ("Callme", Callme()), ("OrderedDict", OrderedDict()),
    ("deque", deque()), ("enumerate", enumerate([])), ("zip", zip()),
    ("map", map(str, [])),
]
for label, obj in samples:
    print(label, "".join("1" if isinstance(obj, getattr(abc, n)) else "0" for n in names))

print(issubclass(list, abc.MutableSequence), issubclass(tuple, abc.MutableSequence))
print(issubclass(dict, abc.Mapping), issubclass(str, abc.Collection))
print(issubclass(WithIter, abc.Iterable), issubclass(WithIter, abc.Sized))


class MyMap(abc.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = MyMap(a=1, b=2)
print(m.get("a"), m.get("z"), m.get("z", 0), "a" in m, "z" in m)
print(sorted(m.keys()), sorted(m.items()), sorted(m.values()))
print(m == {"a": 1, "b": 2}, m == {"a": 1}, m != {"a": 1})
print(len(m.keys()), ("a", 1) in m.items(), 2 in m.values())
print(m.keys() & {"a", "x"}, m.keys() | {"c"} == {"a", "b", "c"})
print(isinstance(m, abc.Mapping), isinstance(m, abc.MutableMapping))
print(repr(m.keys()).startswith("KeysView("))


class MyDict(abc.MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


d = MyDict()
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(sorted(d.items()), d.setdefault("x", 9), d.setdefault("w", 4))
print(d.pop("w"), d.pop("nope", "default"))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), len(d))
d.clear()
print(len(d), dict(d))


class MySeq(abc.Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = MySeq(3, 1, 3, 2)
print(list(s), list(reversed(s)), 3 in s, 9 in s, s.index(3), s.index(3, 1), s.count(3))
try:
    s.index(9)
except ValueError:
    print("ValueError")
match s:
    case [a, b, *rest]:
        print("sequence pattern", a, b, rest)
match m:
    case {"a": v}:
        print("mapping pattern", v)


class MyList(abc.MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


ml = MyList()
ml.append(1)
ml.extend([2, 3, 4])
ml += [5]
ml.reverse()
print(list(ml), ml.pop(), ml.pop(0))
ml.remove(3)
print(list(ml))
ml.clear()
print(list(ml))


class MySet(abc.MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b))
print(a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([7]))
a |= [9]
a -= [1]
print(list(a), a._hash() == frozenset(a)._hash() if hasattr(frozenset, "_hash") else True)
print(abc.Set._hash(MySet([1, 2, 3])) == hash(frozenset([1, 2, 3])))
try:
    a.remove(100)
except KeyError as e:
    print("KeyError", e)

for cls in (abc.Mapping, abc.Sequence, abc.Iterator, abc.Hashable):
    try:
        cls()
    except TypeError as e:
        print(e)


class Incomplete(abc.MutableMapping):
    def __getitem__(self, k):
        return 1


try:
    Incomplete()
except TypeError as e:
    print(e)


class Late:
    pass


print(isinstance(Late(), abc.Sized))
abc.Sized.register(Late)
print(isinstance(Late(), abc.Sized), issubclass(Late, abc.Sized))
print(abc.Mapping.__module__, abc.Iterable.__name__)

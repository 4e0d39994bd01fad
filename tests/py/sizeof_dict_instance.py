# sys.getsizeof of dicts, instances and __slots__ instances: CPython 3.11's
# compact dict (a 48-byte object plus GC head, and a keys block of a 32-byte
# header, 1-byte indices and 16-byte str entries or 24-byte general ones),
# split-keys instances and inline slots.
import sys

print("empty", sys.getsizeof({}))
print("str keys 5", sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}))
print("int keys 5", sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5}))
for n in (1, 5, 6, 10, 11, 20, 21, 22, 43, 100, 1000):
    d = {f"k{i}": i for i in range(n)}
    e = {i: i for i in range(n)}
    z = dict(zip([f"k{i}" for i in range(n)], range(n)))
    print(n, sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(z),
          sys.getsizeof(dict.fromkeys(d)), sys.getsizeof(dict.fromkeys(set(e))),
          sys.getsizeof(dict.fromkeys(list(d))),
          sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof(dict(e)))

# Growth one insertion at a time: 8 -> 16 -> 32 -> 64 slots.
d = {}
sizes = []
for i in range(50):
    d[str(i)] = i
    sizes.append(sys.getsizeof(d))
print("growth", sorted(set(sizes)))

# Deletions leave dummies: the size stays until a resize compacts.
d = {str(i): i for i in range(20)}
for i in range(15):
    del d[str(i)]
print("after del", sys.getsizeof(d), list(d))
d["new"] = 1
print("insert after del", sys.getsizeof(d), list(d))
print("copy after del", sys.getsizeof(d.copy()))
d.clear()
print("cleared", sys.getsizeof(d))
d = {"a": 1, "b": 2}
d.popitem()
d["c"] = 3
print("popitem", sys.getsizeof(d), d)

# A str-keyed table turns general at its first other key.
d = {}
d["a"] = 1
print("one str key", sys.getsizeof(d))
d[1] = 2
print("then an int key", sys.getsizeof(d))
d = {}
d[1] = 1
d["a"] = 2
print("int then str", sys.getsizeof(d))
print("kwargs", sys.getsizeof(dict(a=1, b=2)), sys.getsizeof(dict([(1, 2)])))
print("mapping", sys.getsizeof(dict({"a": 1})))
u = {"x": 1}
u.update({"y": 2, "z": 3})
print("update", sys.getsizeof(u))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty:
    pass


class Slots:
    __slots__ = ("a", "b")


class SlotsDictWeak:
    __slots__ = ("a", "b", "__dict__", "__weakref__")


class SlotsSub(Slots):
    pass


class SlotsMore(Slots):
    __slots__ = ("c",)


print("instance", sys.getsizeof(Point(1, 2)), sys.getsizeof(Empty()))
print("slots", sys.getsizeof(Slots()), sys.getsizeof(SlotsDictWeak()),
      sys.getsizeof(SlotsSub()), sys.getsizeof(SlotsMore()))
print("slots have no __dict__", hasattr(Slots(), "__dict__"),
      hasattr(SlotsSub(), "__dict__"), hasattr(SlotsDictWeak(), "__dict__"))

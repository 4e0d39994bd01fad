# sys.getsizeof as CPython 3.11 (64-bit) for the layouts of issue 10:
# the set's inline small table and its growth, functions and closures
# (PyFunctionObject, 152), bound methods (64), complex (32).
import sys

print("set", sys.getsizeof(set()), sys.getsizeof({1, 2, 3}))
print("frozenset", sys.getsizeof(frozenset()), sys.getsizeof(frozenset({1, 2, 3})))
for n in [4, 5, 18, 19, 76, 77, 100, 1000]:
    print(n, sys.getsizeof(set(range(n))), sys.getsizeof(frozenset(range(n))))
s = set()
last = None
for i in range(200):
    s.add(i)
    z = sys.getsizeof(s)
    if z != last:
        print("set grows at", i + 1, "to", z)
        last = z
s.clear()
print("cleared", sys.getsizeof(s))
t = set(range(100))
for i in range(96):
    t.discard(i)
print("after discards", sys.getsizeof(t))
t.add(1000)
print("after add", sys.getsizeof(t), sorted(t))


def f():
    pass


def outer():
    x = 1

    def inner():
        return x

    return inner


class C:
    def m(self):
        pass


print("function", sys.getsizeof(f), "closure", sys.getsizeof(outer()))
f.attr = 1
print("function with an attribute", sys.getsizeof(f), f.__dict__)
print("bound method", sys.getsizeof(C().m))
print("complex", sys.getsizeof(1j), sys.getsizeof(complex(1e300, -1e300)))

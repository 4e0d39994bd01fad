# sys.getsizeof of objects whose layout matches CPython 3.11's (64-bit).
import sys
class C:
    def m(self):
        pass
def f():
    pass
print("range", sys.getsizeof(range(10)), sys.getsizeof(range(-5, 10**6, 7)))
print("range iterator", sys.getsizeof(iter(range(3))))
print("bound method", sys.getsizeof(C().m))
print("slice", sys.getsizeof(slice(1, 2)), sys.getsizeof(slice(None)))
print("staticmethod", sys.getsizeof(staticmethod(f)), "classmethod", sys.getsizeof(classmethod(f)))
l = []
sizes = []
for i in range(40):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print("appends", sizes)
l = []
for i in range(17):
    l.append(i)
print("17 appends", sys.getsizeof(l))
l = []
for i in range(10):
    l.insert(0, i)
print("10 inserts", sys.getsizeof(l))
print("literal", sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]))
print("repeat", sys.getsizeof([0] * 5), sys.getsizeof([None] * 17))
print("list()", sys.getsizeof(list(range(5))), sys.getsizeof(list((1, 2, 3))), sys.getsizeof(list([1])))
print("comprehension", sys.getsizeof([x for x in range(3)]), sys.getsizeof([x for x in range(9)]))
e = [1, 2]
e.extend([3, 4, 5, 6, 7])
print("extend", sys.getsizeof(e))
e += [8] * 10
print("+=", sys.getsizeof(e))
print("concat", sys.getsizeof([1, 2] + [3]))
def outer():
    x = 1
    def inner():
        return x
    return inner
print("cell", sys.getsizeof(outer().__closure__[0]), sys.getsizeof(outer()))
print("views", sys.getsizeof({}.keys()), sys.getsizeof({}.values()), sys.getsizeof({}.items()))
print("iterators", sys.getsizeof(map(abs, [1], [2])), sys.getsizeof(reversed((1, 2))), sys.getsizeof(iter(int, 1)), sys.getsizeof(property()))
import math
print("module", sys.getsizeof(math), sys.getsizeof(sys))
print("seq iterators", sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter("ab")))

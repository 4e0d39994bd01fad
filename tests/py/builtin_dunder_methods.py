print("x".__len__(), (1).__add__(2), int.__add__(1, 2), (1).__add__(2.0), (1.5).__add__(1))
print([1, 2].__contains__(2), "abc".__contains__("b"), (1, 2).__len__())
print(str.__mul__("ab", 3), "ab".__rmul__(2), [1].__mul__(2), list.__add__([1], [2]))
l = [1]; r = l.__iadd__([2, 3]); print(r is l, l)
l.__imul__(2); print(l)
print(int.__sub__(5, 3), int.__rsub__(5, 3), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(10))
print((7).__truediv__(2), (3).__mul__("a"), (3.0).__eq__(3), (3).__eq__(3), (3).__lt__(4), (3).__eq__("a"))
print((5).__neg__(), (5).__invert__(), (-5).__abs__(), (0).__bool__(), (2.5).__int__(), (3).__float__())
print({1, 2}.__or__({3}), {1, 2}.__and__({2}), {1, 2}.__len__(), {1}.__contains__(1), frozenset([1]).__or__({2}))
s = {1}; s.__ior__({5}); print(s)
print("a".__eq__("a"), "a".__lt__("b"), "a".__eq__(1), (1, 2).__eq__((1, 2)), [1].__eq__([1]))
try:
    [1].__add__((2,))
except TypeError as e:
    print(e)
print({1: 2}.__eq__({1: 2}), dict.__or__({1: 2}, {3: 4}), object.__eq__(1, 1), object.__eq__(1, 2))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (16).__rshift__(2), (5).__index__())
print("%s-%d".__mod__(("a", 3)), "abc".__getitem__(1), (1, 2, 3).__getitem__(slice(1, None)))
print(sum([[1], [2]], []), list(map(int.__add__, [1, 2], [3, 4])), sorted([3, 1, 2], key=int.__neg__))
print(True.__add__(1), (1).__radd__(2), (2.0).__rtruediv__(1))
class L(list):
    def __add__(self, other):
        return L(list.__add__(self, other) + ["!"])
    def __eq__(self, other):
        return super().__eq__(other)
print(L([1]) + [2], L([1]) == [1], len(L([1, 2])), L([3]).__len__())
class S(set):
    pass
print(S({1}) | {2}, S({1}).__len__(), 1 in S({1}))
try:
    int.__add__("a", 1)
except TypeError as e:
    print(e)

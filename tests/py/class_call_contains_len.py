class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(5))
print(list(map(add5, [1, 2, 3])))

class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
b = Bag([1, 2, 3])
print(len(b), 2 in b, 5 not in b)
print(bool(Bag([])), bool(b))
if not Bag([]):
    print("empty bag is falsy")

class Truthy:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Truthy()), len(Truthy()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
print(Bag([1]) and "yes", Bag([]) or "no")

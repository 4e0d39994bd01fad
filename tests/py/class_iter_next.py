class Range2:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2

r = Range2(4)
print(list(r), list(r))
print([x for x in Range2(3)])
print(sum(Range2(5)), max(Range2(3)), sorted(Range2(3), reverse=True))
a, b, c = Range2(3)
print(a, b, c)
print(dict(zip("xyz", Range2(3))))
it = iter(Range2(2))
print(next(it), next(it), next(it, None))
print(3 in Range2(5), 5 in Range2(5))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
for x in Seq():
    print(x, end=" ")
print()
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError", e)

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        for x in self:
            if x % 2 == 0:
                yield x

c = Countdown(5)
print(list(c))
print(list(c.evens()))
print(sum(c), max(c), sorted(c))

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self):
        yield self.value
        for ch in self.children:
            yield from ch.walk()

t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t.walk()))
print(type(t.walk()).__name__)

# Attribute caches stay right while nothing else changes and see every
# change to a class, its bases, an instance's class or a recycled class
# address at once (the caches skip re-checking the classes while no dict
# anywhere has changed its keys).

class Base:
    def m(self):
        return "Base.m"
    x = 1

class Mid(Base):
    pass

class Leaf(Mid):
    pass

def probe(o):
    return o.m(), o.x

objs = [Leaf(), Mid(), Base()]
for round in range(4):
    out = [probe(o) for o in objs]
    print(round, out)
    if round == 0:
        Mid.m = lambda self: "Mid.m"          # a new key in a middle class
    elif round == 1:
        Base.x = 2                            # a value replaced, no new key
    elif round == 2:
        del Mid.m                             # a key deleted

leaf = Leaf()
print(probe(leaf))
leaf.__class__ = Mid
print(probe(leaf))
leaf.x = "own"
print(probe(leaf))
del leaf.x
print(probe(leaf))

def make_class(tag):
    class K:
        def who(self):
            return tag
    return K

def call_who(o):
    return o.who()

for tag in ["a", "b", "c", "d"]:
    K = make_class(tag)
    print(call_who(K()), end=" ")
    del K
print()

class Shadow:
    def f(self):
        return "class f"

s = Shadow()
for i in range(3):
    print(s.f())
    if i == 0:
        s.f = lambda: "instance f"
    elif i == 1:
        del s.f

class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq.__hash__ is None)
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError", e)
try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError", e)

class EqAndHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    def __hash__(self):
        return hash(self.k)
s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s))

class Plain:
    pass
p = Plain()
print(p == p, p != p, hash(p) == hash(p), Plain() == Plain())

class Child(EqAndHash):
    def __eq__(self, other):
        return False
print(Child.__hash__ is None)

class HashConst:
    def __hash__(self):
        return 42
print(hash(HashConst()))
class HashBig:
    def __hash__(self):
        return 2 ** 70
print(hash(HashBig()) == hash(2 ** 70))
class HashBad:
    def __hash__(self):
        return "x"
try:
    hash(HashBad())
except TypeError as e:
    print("TypeError", e)
print(hash(-1), hash(True), hash(1.0) == hash(1), hash(0.5))

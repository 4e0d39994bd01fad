a = [1, 2]
b = a
c = [1, 2]
print(type(id(a)).__name__, id(a) == id(b), id(a) == id(c), id(a) > 0)
x = object()
print(id(x) == id(x), type(x).__name__)
print(type(1), type("s"), type([]), type(None), type(len))
print(type(1) is int, type(1.0) is float, type("") is str, type(True) is bool, type([]) == list)
print(type(type(1)), type(int).__name__)
class K:
    pass
print(type(K()).__name__, type(K()) is K, type(K) is type)
print(int, str, list, dict)

import operator
from collections import deque
class C2:
    def __radd__(self, o): return "radd"
    def __getitem__(self, i): return i
class L(list):
    def __add__(self, o): return "overridden"
for a in [(1,), [1], "s", b"b", bytearray(b"x"), deque([1]), L([1])]:
    for b in [C2(), type(a)()]:
        try:
            print(type(a).__name__, repr(operator.concat(a, b)))
        except TypeError as e:
            print(type(a).__name__, "TypeError", e)
print(operator.concat(b"a", bytearray(b"b")))

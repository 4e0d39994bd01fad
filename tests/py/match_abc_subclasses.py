# Sequence and Mapping subclasses from collections.abc, str subclasses, nested
# patterns with keyword sub-patterns of built-in types.
from collections.abc import Mapping, Sequence
class M(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
    def keys(self): return self.d.keys()
    def get(self, k, default=None): return self.d.get(k, default)
match M({"a": 1, "b": 2}):
    case {"a": 1, **rest}:
        print("rest", rest)
class S(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
    def __len__(self): return 3
match S():
    case [a, *b]:
        print("S", a, b)
match S():
    case [_, _, last]:
        print("last", last)
class Str2(str): pass
match Str2("hey"):
    case str(s):
        print("str sub", s, type(s).__name__)
    case [*_]:
        print("seq?!")
match 5:
    case int(real=r, imag=i):
        print(r, i)
match [1, 2, 3]:
    case [1, *_, 3] as whole if len(whole) == 3:
        print("whole", whole)
match {"x": {"y": [1, {"z": "deep"}]}}:
    case {"x": {"y": [_, {"z": str() as d}]}}:
        print(d)

from typing import Generic, TypeVar, get_origin, get_args, Dict
T = TypeVar("T")
K = TypeVar("K")
class Box(Generic[T]):
    def __init__(self, v): self.v = v
class Pair(Generic[K, T]): pass
class IntBox(Box[int]): pass
print(Box[int], Pair[str, int], IntBox.__bases__, IntBox(3).v, Box[int](4).v)
print(get_origin(Box[int]) is Box, get_args(Pair[str, int]), Box[int] == Box[int])
print(type(Box[int](1)).__name__, Dict[str, Box[int]])

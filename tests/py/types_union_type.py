# types.UnionType: int | str, X | None, unions with generic aliases, isinstance
# and issubclass with a union.
import types
u = int | str
print(u, type(u), u.__args__, int | None, None | int, int | int, (int | str) | None)
print(int | list[int], list[int] | None, list[int] | dict[str, int] | None, type(list[int] | None))
print(isinstance(1, int | str), isinstance('a', int | None), isinstance(None, int | None), issubclass(bool, int | str))
print((int | str) == (str | int), (int | str) == (int | None), hash(int | str) == hash(str | int))
class C: pass
print(C | None, int | C)
try: int | 3
except TypeError as e: print(e)
try: 3 | int
except TypeError as e: print(e)
try: isinstance([], list[int] | None)
except TypeError as e: print(e)
print(types.UnionType, (int | str).__parameters__)
x = int; x |= str; print(x)
try: types.UnionType()
except TypeError as e: print(e)

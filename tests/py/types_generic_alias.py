# types.GenericAlias: subscripting the built-in container classes (PEP 585).
import types
print(list[int], dict[str, int], type(list[int]), tuple[int, ...], list[int] == list[int])
print(list[int](), list[int].__origin__, list[int].__args__, list[int].__parameters__)
print(repr(list[list[int]]), tuple[()], dict[str, list[tuple[int, ...]]], set[None], frozenset[1])
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
print(type[int], hash(list[int]) == hash(list[int]), list[int] != list[str], list[int] == list)
print(list[int].__name__, list[int].__qualname__, list[int].append is list.append)
class L(list): pass
print(L[int], L[int]().__class__, L[int]([1, 2]))
x = L[int]([3])
class M(list[int]): pass
print(M.__bases__, M.__mro__)
for bad in ["int[str]", "object[int]", "str[int]", "range[int]"]:
    try: eval(bad)
    except TypeError as e: print(bad, e)
class N: pass
try: N[int]
except TypeError as e: print(e)
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(G[int])
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, int))
try: list[int][str]
except TypeError as e: print(e)
print(enumerate[int], type(enumerate[str]))
print(types.FunctionType, types.NoneType, types.GenericAlias)
def f(a: list[int]) -> dict[str, int]: pass
print(f.__annotations__)
print(isinstance(list[int], types.GenericAlias), list[int].__class__)
print(types.GenericAlias.__module__, types.GenericAlias.__qualname__)

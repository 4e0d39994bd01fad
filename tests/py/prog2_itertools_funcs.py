import itertools as it
import functools as ft
import operator as op
from typing import Iterable, Callable, TypeVar, List

T = TypeVar("T")


def compose(*fns: Callable) -> Callable:
    return ft.reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)


def pipeline(data: Iterable[int]) -> List[int]:
    evens = filter(lambda x: x % 2 == 0, data)
    squared = map(lambda x: x * x, evens)
    return list(it.takewhile(lambda x: x < 500, squared))


def memo(fn):
    cache = {}

    @ft.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


@memo
def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


def counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc


def main():
    print(pipeline(range(100)))
    inc_then_double = compose(lambda x: x + 1, lambda x: x * 2, str)
    print(inc_then_double(5), repr(inc_then_double(0)))
    print(edit_distance("kitten", "sitting"), edit_distance.__name__, edit_distance.__doc__, len(edit_distance.cache) > 10)
    c = counter()
    c(); c(5)
    print(c(), c.__closure__ is not None)
    print(list(it.accumulate([1, 2, 3, 4, 5], op.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)))
    print(list(it.accumulate(range(5), initial=100)))
    for key, group in it.groupby(sorted("mississippi")):
        print(key, len(list(group)), end="; ")
    print()
    data = [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)]
    keyf = op.itemgetter(0)
    print({k: [v for _, v in g] for k, g in it.groupby(sorted(data, key=keyf), key=keyf)})
    print(list(it.product("ab", range(2))), len(list(it.product(range(3), repeat=3))))
    print(list(it.permutations([1, 2, 3], 2)))
    print(list(it.combinations("abcd", 3)), list(it.combinations_with_replacement("ab", 2)))
    print(list(it.islice(it.count(10, 5), 3)), list(it.islice("abcdefg", 1, None, 2)))
    print(list(it.chain([1], (2, 3), "45")), list(it.chain.from_iterable([[1, 2], [3]])))
    print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
    print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
    print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.pairwise("abcd")))
    a, b = it.tee([1, 2, 3])
    print(list(a), list(b), list(it.repeat("x", 3)), list(zip(range(3), it.cycle("ab"))))
    print(ft.reduce(op.add, ["a", "b", "c"]), ft.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
    p = ft.partial(int, base=2)
    print(p("1010"), p.func.__name__, p.keywords)
    pw = ft.partial(pow, 2)
    print([pw(i) for i in range(6)])
    print(sorted(["Banana", "apple", "cherry"], key=str.lower), sorted([3, 1, 2], reverse=True))
    people = [{"n": "x", "a": 30}, {"n": "y", "a": 25}, {"n": "z", "a": 30}]
    print([p["n"] for p in sorted(people, key=op.itemgetter("a", "n"))])
    print(sorted(people, key=lambda p: (-p["a"], p["n"]))[0])
    cmp = ft.cmp_to_key(lambda x, y: (x > y) - (x < y))
    print(sorted([5, 2, 9], key=cmp), max("abc", key=ord), min([], default="empty"))
    print(list(map(op.attrgetter("real"), [1, 2.5, True])), op.methodcaller("upper")("hi"))
    print(list(enumerate("ab", start=1)), list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", range(2))))
    print(list(reversed(range(1, 10, 3))), sum([[1], [2, 3]], []), list(map(max, [1, 5], [4, 2])))

    @ft.lru_cache(maxsize=2)
    def sq(x):
        print("  computing", x)
        return x * x
    for v in [1, 2, 1, 3, 1, 2]:
        sq(v)
    print(sq.cache_info())

    @ft.total_ordering
    class V:
        def __init__(self, v):
            self.v = v

        def __eq__(self, o):
            return self.v == o.v

        def __lt__(self, o):
            return self.v < o.v
    print(V(1) >= V(1), V(2) > V(1), V(1) <= V(0), sorted([V(3), V(1)])[0].v)
    print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
    fns = [lambda x, i=i: x + i for i in range(3)]
    print([f(10) for f in fns])
    late = [lambda x: x + i for i in range(3)]
    print([f(10) for f in late])


main()

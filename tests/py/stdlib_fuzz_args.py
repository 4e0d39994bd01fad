# Arguments of arenapy's Python itertools, bisect, heapq, operator and
# collections.Counter checked and used as CPython's C code does (found by
# scripts/fuzz-diff's stdlib kind).
import itertools, collections, bisect, operator
tests = [
 "list(itertools.combinations_with_replacement('ab', 2.0))", "list(itertools.combinations('abc', '1'))",
 "list(itertools.combinations('abc', -1))", "list(itertools.product('ab', repeat='2'))", "list(itertools.product('ab', repeat=True))",
 "list(itertools.repeat(1, None))", "list(itertools.repeat(1, -2))", "list(itertools.repeat(1, 2.0))", "list(itertools.repeat(1, times=2))",
 "list(itertools.islice('abcdef', -1))", "list(itertools.islice('abcdef', -2))", "list(itertools.islice('abcdef', '2'))",
 "list(itertools.islice('abcdef', 1, -1))", "list(itertools.islice('abcdef', 1, -3))", "list(itertools.islice('abcdef', -1, 3))",
 "list(itertools.islice('abcdef', 'a', 3))", "list(itertools.islice('abcdef', 1, 5, 0))", "list(itertools.islice('abcdef', 1, 5, None))",
 "list(itertools.islice('abcdef', None, None, 2))", "list(itertools.islice('abcdef', 1, 5, 2.0))", "list(itertools.islice('abcdef', 2**70))",
 "list(itertools.islice('abcdef', True, 5))", "list(itertools.islice(5, 2))", "list(itertools.islice(5, -2))",
 "list(itertools.starmap(operator.concat, [1, 2]))", "list(itertools.starmap(pow, [[2, 3]]))",
 "[list(t) for t in itertools.tee('ab', '2')]", "[list(t) for t in itertools.tee('ab', -1)]",
 "collections.Counter({-1: float('nan'), 3: False, 4: 'x'}).most_common(None)",
 "collections.Counter({1: 'a'})", "collections.Counter('abca').most_common(1)", "collections.Counter('abca').most_common(-1)",
 "collections.Counter('abcab').most_common(2)", "(lambda c: (c.update({'a': 2}), c)[1])(collections.Counter('ab'))",
 "(lambda c: (c.subtract({'a': 2, 'z': 1}), c)[1])(collections.Counter('ab'))",
 "bisect.bisect([7], None, True)", "bisect.bisect([1, 2, 3], 2, -1)", "bisect.bisect([1, 2, 3], 2, 0, -1)", "bisect.bisect([1, 2, 3], 2, 0, -2)",
 "bisect.bisect([1, 2, 3], 2, 0.5)", "bisect.bisect([1, 2, 3], 2, hi='a')",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
import heapq
more = [
 "operator.index((3, 255))", "operator.index(True)", "operator.index(2**70)",
 "heapq.nlargest(5, b'123')", "heapq.nsmallest(2.0, range(7), key=len)", "heapq.nlargest(None, '0x1f')",
 "heapq.nsmallest(2.0, range(7))", "heapq.nsmallest(3, [5, 1, 4, 1, 3])", "heapq.nlargest(2, 'hello', key=ord)",
 "heapq.nsmallest(1, [])", "heapq.nlargest(-1, [1])", "list(heapq.merge([1, 3], [2, 4], key=abs))",
 "list(heapq.merge([3, 1], [4, 2], reverse=True))", "heapq.heappop([])", "heapq.heapreplace([], 1)",
 "heapq.heappush((), 1)", "heapq.heapify('abc')", "heapq.heappushpop([], 5)",
]
for t in more:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
# deque's arguments; unhashable built-ins (slice too, in 3.11) and their
# subclasses.
class L(list):
    pass
class S(set):
    pass
class F(frozenset):
    pass
last = [
    "(lambda d: (d.rotate([100]), d))(collections.deque(range(3)))", "(lambda d: (d.rotate(True), d))(collections.deque(range(3)))",
    "collections.deque([1]).remove(2)", "collections.deque([-1e300, 2.5], True)", "collections.deque([1], 1.5)",
    "hash(slice(1, 2))", "{slice(1): 2}", "hash(L())", "hash(S())", "hash(F([1])) == hash(frozenset([1]))",
    "list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, slice.__hash__",
    "operator.itemgetter(slice(1, None))({1: 2})", "operator.indexOf(False, 1)", "operator.concat({}, {})",
]
for t in last:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)

import heapq, bisect, copy, operator, string, time, sys
import os, os.path
from typing import List, Dict, Optional, Tuple, Any, Callable, Iterable, TypeVar, Union
from abc import ABC, abstractmethod
import statistics
h = []
for v in [5, 1, 8, 3, 2, 9, 1]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1, 3, 8, 2]; heapq.heapify(l); print(l)
print(heapq.heapreplace(l, 6), heapq.heappushpop(l, 0), l)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]),
      heapq.nlargest(2, ['aa', 'b', 'cccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([3, 1], [4, 2], reverse=True)))
pq = []
heapq.heappush(pq, (2, 'b')); heapq.heappush(pq, (1, 'a')); heapq.heappush(pq, (2, 'a'))
print([heapq.heappop(pq) for _ in range(3)])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
src = [1, [2, 3], {'k': [4]}]
sh = copy.copy(src); dp = copy.deepcopy(src)
src[1].append(99); src[2]['k'].append(5)
print(sh, dp)
class Pt:
    def __init__(self, x, ys):
        self.x = x; self.ys = ys
p = Pt(1, [1, 2]); q = copy.deepcopy(p); p.ys.append(3)
print(q.x, q.ys, copy.copy(p).ys is p.ys)
shared = [1]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
print(operator.add(2, 3), operator.mul(4, 5), operator.neg(3), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.eq(1, 1), operator.lt(2, 1))
print(operator.itemgetter(1)([7, 8, 9]), operator.itemgetter(0, 2)('abc'),
      operator.attrgetter('real')(5), operator.methodcaller('upper')('hi'))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=operator.itemgetter(1)))
print(repr(operator.itemgetter(1)), repr(operator.methodcaller('f', 1, k=2)))
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation)
print(repr(string.whitespace), len(string.printable), string.ascii_uppercase, string.ascii_lowercase)
t0 = time.time(); p0 = time.perf_counter(); m0 = time.monotonic()
time.sleep(0.01)
print(type(t0).__name__, t0 > 1e9, time.perf_counter() >= p0, time.monotonic() >= m0,
      type(time.time_ns()).__name__, type(time.process_time()).__name__, time.perf_counter_ns() > 0)
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/x', '/y'), os.path.basename('/p/q/r.py'),
      os.path.dirname('/p/q/r.py'), os.path.splitext('arch.tar.gz'), os.path.split('a/b'))
print(os.sep, repr(os.linesep), os.path.exists('.'), os.path.exists('no/such/file'), isinstance(os.environ['PATH'], str))
print(isinstance(os.getcwd(), str), os.path.normpath('a/./b/../c'))
Vec = List[float]
def f(x: Optional[int] = None) -> Dict[str, Any]:
    return {'x': x}
T = TypeVar('T')
print(f(3), Union[int, str] is not None, T)
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
class Sq(Shape):
    def area(self):
        return 4
print(Sq().area())
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.median([1, 2, 3, 4]),
      statistics.mean([1.5, 2.5]))
print('heapq' in sys.modules)

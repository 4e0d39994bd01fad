# pprint of random nested structures at random widths, indents, depths and
# compact settings, against CPython 3.11 (no str sets: their order follows
# the per-process hash seed).
import pprint
import random
from collections import OrderedDict, Counter, deque, defaultdict
r = random.Random(11)
def atom():
    return r.choice([r.randint(-10**r.randint(1, 12), 10**6), r.random() * 1000, "w" * r.randint(0, 30),
                     "some words here and there " * r.randint(0, 5), None, True, b"bytes" * r.randint(0, 12),
                     (r.randint(0, 9),), ()])
def make(depth):
    if depth == 0 or r.random() < 0.3:
        return atom()
    k = r.randint(0, 6)
    kind = r.randrange(8)
    if kind == 0:
        return [make(depth - 1) for _ in range(k)]
    if kind == 1:
        return tuple(make(depth - 1) for _ in range(k))
    if kind == 2:
        return {r.choice(["a", "b", "key", "zz", "m" * 8, 1, 2, 3.5]): make(depth - 1) for _ in range(k)}
    if kind == 3:
        return set(r.randint(0, 100) for _ in range(k * 3))
    if kind == 4:
        return frozenset(r.randint(0, 100) for _ in range(k * 3))
    if kind == 5:
        return OrderedDict((str(i), make(depth - 1)) for i in range(k))
    if kind == 6:
        return deque(make(depth - 1) for _ in range(k))
    return Counter("abracadabra" * k)
for i in range(150):
    obj = make(4)
    width = r.choice([20, 40, 60, 80, 120])
    print(f"--- {i} width={width}")
    print(pprint.pformat(obj, width=width, compact=r.random() < 0.3, indent=r.choice([1, 2, 4]),
                         sort_dicts=r.random() < 0.8, depth=r.choice([None, None, 2, 3])))

# pprint against CPython 3.11: what fits stays one line (dicts sorted),
# what does not is broken one item per line, strings and bytes split.
import pprint
from collections import Counter, OrderedDict, defaultdict, deque
from dataclasses import dataclass, field
from types import SimpleNamespace

pprint.pprint({"b": 1, "a": [1, 2, 3], "c": {"z": 1, "y": (1,)}})
data = {
    "name": "arenapy",
    "numbers": list(range(30)),
    "nested": {"level1": {"level2": {"level3": ["deep"] * 12}}},
    "tuple": tuple(range(25)),
    "set": set(range(40, 70, 2)),
    "frozen": frozenset({"x", "y"}),
    "text": "the quick brown fox jumps over the lazy dog " * 4,
    "bytes": bytes(range(40)),
    "empty": [],
    "single": (1,),
}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=100)
print(pprint.pformat(list(range(50)), width=30))
print(pprint.pformat({i: str(i) * i for i in range(12)}))
l = [1, 2]
l.append(l)
print(pprint.pformat(l).replace(str(id(l)), "ID"))
print(pprint.saferepr(l).replace(str(id(l)), "ID"), pprint.isrecursive(l), pprint.isreadable(l),
      pprint.isreadable([1, "a"]))
pprint.pprint(OrderedDict((str(i), i * 1000) for i in range(15)))
pprint.pprint(defaultdict(list, {i: [i] * 10 for i in range(6)}))
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog" * 3))
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(SimpleNamespace(alpha=list(range(20)), beta="b" * 70))


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)


pprint.pprint(Point(1, 2, ["t" * 20] * 5))
pprint.pprint([Point(i, i) for i in range(6)])


class MyList(list):
    pass


class ReprList(list):
    def __repr__(self):
        return "ReprList(...)" + "x" * 80


pprint.pprint(MyList(range(40)))
pprint.pprint(ReprList(range(40)))
pprint.pprint({1: "a", "b": 2, None: 3, (1, 2): 4})
pprint.pprint([{"k": i, "v": [i] * 8} for i in range(4)], width=50)
pprint.pp({"z": 1, "a": 2})
pprint.pprint("a" * 200)
pprint.pprint(["line one\nline two\n" * 5])
pprint.pprint(bytearray(b"0123456789" * 10))
pprint.pprint(10**50, underscore_numbers=True)
pp = pprint.PrettyPrinter(indent=2, width=20)
pp.pprint({"key": ["value"] * 4})
print(pp.pformat((1, 2, 3)))

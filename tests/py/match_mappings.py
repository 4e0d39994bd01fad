# Mapping patterns: key lookup, extra keys, **rest, non-dict subjects.
import collections


def mp(x):
    match x:
        case {"action": "move", "x": x, "y": y}:
            return f"move to {x},{y}"
        case {"action": "quit"}:
            return "quit"
        case {"action": str(a), **rest} if rest:
            return f"{a} with {sorted(rest.items())}"
        case {1: one, None: n, "t": t}:
            return f"odd keys {one} {n} {t}"
        case {}:
            return f"some mapping of {len(x)}"
        case _:
            return "not a mapping"


for v in [{"action": "move", "x": 1, "y": 2},
          {"action": "quit", "extra": 1},
          {"action": "say", "text": "hi", "loud": True},
          {"action": "say"},
          {1: "a", None: "b", "t": "c"},
          {},
          {"x": 1},
          [("action", "quit")],
          "action",
          None]:
    print(v, "->", mp(v))

# **rest gets a new dict of the remaining items, in order.
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"b": b, **rest}:
        print("b", b, "rest", rest, rest is d)

match {}:
    case {**rest}:
        print("empty rest", rest)

# Dict subclasses are mappings; __missing__ is not consulted.
class Defaulting(dict):
    def __missing__(self, key):
        return "default"


match Defaulting(a=1):
    case {"b": b}:
        print("found b", b)
    case {"a": a}:
        print("Defaulting a", a)

dd = collections.defaultdict(int, {"k": 5})
match dd:
    case {"k": k, "missing": m}:
        print("unexpected", k, m)
    case {"k": k}:
        print("defaultdict k", k, "missing" in dd)

od = collections.OrderedDict([("z", 0), ("a", 1)])
match od:
    case {"a": 1, **others}:
        print("OrderedDict others", others)

# Keys by value patterns (dotted names).
class K:
    NAME = "name"


match {"name": "Ada", "age": 36}:
    case {K.NAME: n, "age": int(age)}:
        print(n, age)

# Nested mappings and sequences.
config = {"servers": [{"host": "a", "port": 80}, {"host": "b"}]}
match config:
    case {"servers": [{"host": h1, "port": p1}, {"host": h2}]}:
        print("servers", h1, p1, h2)

# Values are matched with their sub-patterns, including literals.
for v in [{"n": 0}, {"n": 1}, {"n": [1, 2]}]:
    match v:
        case {"n": 0}:
            print(v, "zero")
        case {"n": [_, _]}:
            print(v, "pair")
        case {"n": n}:
            print(v, "other", n)

# Classes derived from collections.abc.Mapping are mappings; their get()
# does the lookups.
from collections.abc import Mapping


class Squares(Mapping):
    def __getitem__(self, k):
        if isinstance(k, int):
            return k * k
        raise KeyError(k)

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(range(3))

    def get(self, k, default=None):
        try:
            return self[k]
        except KeyError:
            return default


match Squares():
    case {"x": _}:
        print("no")
    case {2: four, 1: one}:
        print("squares", four, one)

# Keys given by value patterns are checked for duplicates at run time.
class Keys:
    A = "same"
    B = "same"


try:
    match {"same": 1}:
        case {Keys.A: _, Keys.B: _}:
            pass
except ValueError as e:
    print("ValueError:", e)

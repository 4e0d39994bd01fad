from dataclasses import dataclass, field, fields, asdict, astuple, replace
from typing import List, Optional, NamedTuple

@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)

p = Point(1)
print(p, p == Point(1, 0), p != Point(2), Point(1, 2, ["a"]))
p.tags.append("t")
print(p.tags, Point(3).tags, [f.name for f in fields(p)])
print(asdict(p), astuple(p), replace(p, x=9))

@dataclass(order=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(2, 1), V(1, 5), V(2, 0)]), V(1) < V(2), V(1, 1) >= V(1, 0))

@dataclass(frozen=True)
class F:
    a: int
    b: str = "x"
f = F(1)
print(f, hash(f) == hash(F(1)), {f: 1}[F(1)])
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)

@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, [], 3), Point.__annotations__, Child.__annotations__)

@dataclass
class Inv:
    name: str
    price: float
    qty: int = 0
    def total(self) -> float:
        return self.price * self.qty
    def __post_init__(self):
        self.name = self.name.title()
print(Inv("widget", 2.5, 4).total(), Inv("big box", 1.0))
try:
    Point()
except TypeError as e:
    print(e)

class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("a")
print(e, e.name, e.id, isinstance(e, tuple), Emp._fields, e._replace(id=5), Emp("b", 4) == ("b", 4))
print(Emp.__annotations__ if hasattr(Emp, "__annotations__") else None)

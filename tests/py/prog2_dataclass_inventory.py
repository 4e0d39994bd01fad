from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Dict, Any, Optional
import json


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.sort_index = self.price * self.qty

    @property
    def total(self) -> float:
        return round(self.price * self.qty, 2)


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def __add__(self, other: "Point") -> "Point":
        return Point(self.x + other.x, self.y + other.y)


@dataclass
class Warehouse:
    name: str
    items: Dict[str, Item] = field(default_factory=dict)
    location: Optional[Point] = None

    def add(self, item: Item) -> None:
        if item.name in self.items:
            existing = self.items[item.name]
            existing.qty += item.qty
            existing.tags.extend(t for t in item.tags if t not in existing.tags)
            existing.__post_init__()
        else:
            self.items[item.name] = item

    def report(self) -> List[str]:
        lines = []
        for it in sorted(self.items.values(), reverse=True):
            lines.append(f"{it.name:<10} {it.qty:>4} x {it.price:>7.2f} = {it.total:>9.2f}  {','.join(it.tags)}")
        return lines


def main() -> None:
    w = Warehouse("central", location=Point(3, 4))
    w.add(Item("widget", 2.5, 10, ["small"]))
    w.add(Item("gadget", 12.99, 3))
    w.add(Item("widget", 2.5, 5, ["small", "blue"]))
    w.add(Item("doohickey", 0.333, 100, ["bulk"]))
    for line in w.report():
        print(line)
    print(w.items["widget"])
    print(repr(w.location))
    p = w.location + Point(1, 1)
    print(p, p == Point(4, 5), hash(p) == hash(Point(4, 5)))
    try:
        p.x = 10
    except Exception as e:
        print(type(e).__name__, e)
    d = asdict(w)
    print(json.dumps(d, sort_keys=True))
    print(astuple(Point(1, 2)))
    q = replace(p, y=0)
    print(q)
    print([f.name for f in fields(Item)])
    a = Item("a", 1.0, 1)
    b = Item("b", 1.0, 2)
    print(a < b, a == Item("a", 1.0, 1), sorted([b, a])[0].name)
    print(Item("x", 1.0) == Item("x", 1.0, 0, []))
    cfg: Dict[str, Any] = {"name": "east", "location": None}
    w2 = Warehouse(**cfg)
    print(w2)


if __name__ == "__main__":
    main()

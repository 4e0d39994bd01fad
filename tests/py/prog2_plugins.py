import sys
import json
import copy
from typing import Generic, TypeVar, Protocol, Dict, Type, Any, Iterator, Optional

T = TypeVar("T")


class Plugin:
    registry: Dict[str, Type["Plugin"]] = {}
    priority = 0

    def __init_subclass__(cls, name: Optional[str] = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        cls.key = key

    def run(self, data: str) -> str:
        raise NotImplementedError(type(self).__name__)


class Upper(Plugin):
    def run(self, data):
        return data.upper()


class Reverse(Plugin, name="rev"):
    priority = 5

    def run(self, data):
        return data[::-1]


class Exclaim(Upper, name="bang"):
    priority = 1

    def run(self, data):
        return super().run(data) + "!"


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def map(self, fn) -> "Box":
        return Box(fn(self.item))

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


class SupportsClose(Protocol):
    def close(self) -> None: ...


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list = []

    def push(self, x: T) -> "Stack[T]":
        self._items.append(x)
        return self

    def __iter__(self) -> Iterator[T]:
        return iter(self._items[::-1])


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


def register(cls):
    cls.registered = True
    return cls


@register
class Thing:
    pass


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Box):
            return {"box": o.item}
        return super().default(o)


def main() -> int:
    order = sorted(Plugin.registry.items(), key=lambda kv: (-kv[1].priority, kv[0]))
    print([k for k, _ in order])
    text = "hello"
    for key, cls in order:
        text = cls().run(text)
        print(f"{key:>5}: {text}")
    print(Exclaim.key, Exclaim.__mro__[1].__name__, issubclass(Exclaim, Plugin))
    try:
        Plugin().run("x")
    except NotImplementedError as e:
        print("NotImplementedError", e)
    b = Box(3).map(lambda x: x * 2).map(str)
    print(b, Box[int], Stack[str]().push("a").push("b").__class__.__name__, list(Stack().push(1).push(2)))
    p = Proxy(Person("ann", 30))
    print(p.name, p.age)
    p.age = 31
    print(p._target.age, p._log)
    try:
        Person("bob", "old")
    except TypeError as e:
        print(e)
    print(Person.name.kind.__name__, vars(Person("c", 1)))
    print(Thing.registered)
    data = {"tags": {"b", "a"}, "box": Box([1, 2]), "n": None, "f": 1.5, "t": (1, 2)}
    print(json.dumps(data, cls=Encoder, sort_keys=True))
    try:
        json.dumps({"x": object()})
    except TypeError as e:
        print(e)
    nested = {"a": [1, {"b": [2, 3]}], "c": Box([4])}
    shallow = copy.copy(nested)
    deep = copy.deepcopy(nested)
    nested["a"][1]["b"].append(99)
    nested["c"].item.append(5)
    print(shallow["a"][1]["b"], deep["a"][1]["b"], deep["c"], shallow["c"])
    print(json.loads('{"a": [1, 2.5, "x", true, null], "b": {"c": -1e3}}'))
    print(json.dumps([1, "é", {"k": [None]}], ensure_ascii=False), json.dumps("é"))
    print(json.dumps({"b": 1, "a": [1, 2]}, indent=4, separators=(",", ": ")))
    try:
        json.loads('{"a": 1,}')
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
    return 3


if __name__ == "__main__":
    sys.exit(main())

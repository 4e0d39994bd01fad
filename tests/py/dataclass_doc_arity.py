# dataclasses: the generated docstring (the __init__ signature), the arity
# message with defaults, and order=True without eq.
import dataclasses, typing
@dataclasses.dataclass
class D:
    x: float = 1.5
    y: int = 2
print(repr(D.__doc__))
try: D(1,2,3)
except TypeError as e: print(e)
@dataclasses.dataclass
class E:

    a: int
    b: list = dataclasses.field(default_factory=list)
    c: dataclasses.InitVar[int] = 3
    d: typing.Optional[int] = None
    e: 'str' = 'q'
    f: list[int] = dataclasses.field(default=None)
    g: D = None
    h: int = dataclasses.field(default=1, kw_only=True)
    i: int = dataclasses.field(default=0, init=False)
    k: typing.ClassVar[int] = 3
    def __post_init__(self, c): pass
print(E.__doc__)
E.__doc__ = None
print(dataclasses.dataclass(type('F', (), {'__annotations__': {'a': int}})).__doc__)
try: E(1,2,3,4,5,6,7,8)
except TypeError as e: print(e)
@dataclasses.dataclass
class G:
    a: int
    b: int
try: G(1,2,3)
except TypeError as e: print(e)
class Outer:
    @dataclasses.dataclass
    class In:
        z: int = 0
print(Outer.In.__doc__)
try: Outer.In(1, 2)
except TypeError as e: print(e)
try:
    @dataclasses.dataclass(eq=False, order=True)
    class H:
        x: int = 1
except ValueError as e: print(e)


def local():
    @dataclasses.dataclass
    class L:
        x: int
        y: int = 0
    for f in (lambda: L(), lambda: L(1, x=2), lambda: L(1, z=3), lambda: L(1, 2, 3)):
        try:
            f()
        except TypeError as e:
            print(e)


local()

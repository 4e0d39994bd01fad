from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, asdict, astuple
from typing import ClassVar, List
@dataclass
class A:
    count: ClassVar[int] = 0
    x: int
    y: int = field(default=0, repr=False)
    z: List[int] = field(default_factory=list, compare=False)
    _: KW_ONLY
    k: str = "k"
@dataclass(kw_only=True)
class B:
    a: int
    b: int = 2
@dataclass
class C:
    v: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.v *= scale
@dataclass(unsafe_hash=True)
class D:
    p: int
@dataclass
class E:
    q: int
    def __hash__(self): return 7
print(A(1), A(1, 2, [3], k="z"), A.count, [f.name for f in fields(A)])
print(A(1, 5) == A(1, 5, [9]))
print(B(a=1), A.__match_args__)
try: B(1)
except TypeError as e: print(e)
try: B()
except TypeError as e: print(e)
print(C(3, 4), C(2), fields(C)[0].name, len(fields(C)))
print(hash(D(1)) == hash(D(1)), hash(E(1)))
print(E.__hash__ is not None, D.__hash__ is None)
try:
    @dataclass
    class F:
        l: list = []
except ValueError as e: print(e)
print(astuple(A(1, 2, [3])), asdict(C(5)))
try: fields(3)
except TypeError as e: print(e)
@dataclass
class G:
    a: int
    b: int = field(init=False, default=9)
    c: int = field(init=False)
print(G(1).b, hasattr(G(1), 'c'))
try:
    print(G(1))
except AttributeError as e: print("AE", e)

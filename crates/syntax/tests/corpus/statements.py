import a
import a.b.c as d, e
from . import x
from ..m import (a as b, c,)
from ...pkg.mod import *
from m import a, b as c
x = 1
a = b = c = 2
a, b = b, a
a, *rest = items
[a, (b, c)] = x
x.y = z[0] = 3
x += 1
x -= 1; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6
x @= m; x &= 1; x |= 2; x ^= 3; x <<= 4; x >>= 5
x: int
x: int = 5
(y): list[int] = []
a.b: str = "s"
del a, b[0], c.d
del (e, f), [g]
assert x
assert x, "message"
global g1, g2
pass
if a: b; c
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while x:
    x -= 1
    if x == 3:
        break
    continue
else:
    done()
for i in range(10):
    print(i)
for k, v in d.items(): pass
for x, in y:
    pass
else:
    pass
def f():
    return
def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    nonlocal q
    return a, *args
def h(a, /, b, *, c):
    yield
    yield a
    yield from b
    x = yield
    return (yield)
@decorator
@decorator.attr(1, k=2)
def decorated(x: int = 1, *a: str, **k: float) -> None:
    '''doc'''
class C:
    pass
class D(A, B, metaclass=M, **kw):
    x = 1
    def method(self):
        return self.x
@dataclass
class E(object): pass
try:
    a()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except:
    raise E from None
else:
    b()
finally:
    c()
try:
    pass
finally:
    pass
raise
raise E
raise E("x") from cause
with a:
    pass
with a as b, c as (d, e), f:
    pass
x = [
    1,
    2,  # comment
]

# comment only

y = 1 + \
    2
print("done")

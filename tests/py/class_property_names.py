class C:
    @property
    def x(self):
        "the x"
        return 1
    y = property(lambda s: 2)
c = C()
for stmt in ("c.x = 2", "del c.x", "c.y = 3", "del c.y"):
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "->", e)
print(C.x.__doc__, C.y.__doc__)
p = property(lambda s: 1)
class D: pass
D.z = p
try:
    D().z = 5
except AttributeError as e:
    print(e)
p2 = C.x.setter(lambda s, v: None)
print(p2.__doc__)
try: del C().x
except AttributeError as e: print(e)
class E:
    z = p2
try: del E().z
except AttributeError as e: print(e)
class G:
    w = property(None, lambda s, v: None)
try: G().w
except AttributeError as e: print(e)
try: property()(1)
except TypeError as e: print(type(e).__name__)
try: property().__get__(5)
except AttributeError as e: print(e)
def getd(s):
    "getd doc"
q = property(getd, doc="explicit")
print(q.__doc__, q.getter(lambda s: 0).__doc__, property(getd).getter(lambda s: 0).__doc__)
def getd2(s):
    "second"
print(property(getd).getter(getd2).__doc__, property(getd).setter(getd2).__doc__)
import sys; print(sys.getsizeof(property()))
class H:
    @property
    def v(self): return 7
print(H.v.__get__(H()), H.v.__get__(None, H) is H.v)
try: H.v.__set__(H(), 1)
except AttributeError as e: print(e)
class K:
    def __init__(s): s.d = {}
    v = property(lambda s: s.d.get('v'), lambda s, x: s.d.__setitem__('v', x), lambda s: s.d.clear())
k = K(); K.v.__set__(k, 9); print(k.v); K.v.__delete__(k); print(k.v)

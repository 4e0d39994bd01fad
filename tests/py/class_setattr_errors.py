class S:
    __slots__ = ('a',)
    def m(self): pass
    k = 3
s = S()
for stmt in ("s.m = 1", "s.k = 2", "del s.k", "s.zz = 1", "del s.zz", "object().x = 1", "del s.a", "(1).real = 2", "object().__str__ = 1"):
    try:
        exec(stmt)
        print(stmt, "ok")
    except AttributeError as e:
        print(stmt, "->", e)
S.a = 5
try: s.a = 1
except AttributeError as e: print(e)
try:
    object().x = 1
except AttributeError as e:
    print(repr(e.name), e.obj is None)
class S:
    __slots__=()
try:
    S().y = 1
except AttributeError as e:
    print(repr(e.name), e.obj is None)
class C: pass
try:
    del C().x
except AttributeError as e:
    print(repr(e.name), e.obj is None, e)

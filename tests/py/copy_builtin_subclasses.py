# copy.copy and copy.deepcopy of instances of subclasses of built-in
# types keep their attributes and slots, as CPython's object.__reduce_ex__(4)
# (reduce_newobj: __getnewargs__, __getstate__, list and dict items).
import copy
class L(list): pass
x = L([1, [2]]); x.a = 5
y = copy.copy(x); z = copy.deepcopy(x)
print(type(y).__name__, y, y.a, type(z).__name__, z, z.a, y[1] is x[1], z[1] is x[1])
class D(dict): pass
d = D(k=[1]); d.b = 2
print(type(copy.copy(d)).__name__, copy.copy(d), copy.copy(d).b, copy.deepcopy(d).b, copy.deepcopy(d)["k"] is d["k"])
class I(int): pass
i = I(3); i.c = 4
print(copy.copy(i), type(copy.copy(i)).__name__, copy.copy(i).c, copy.deepcopy(i).c)
class F(float): pass
f = F(2.5); f.u = 1
print(copy.copy(f), copy.deepcopy(f).u)
class S(str):
    def __str__(self):
        return "custom"
s = S("ab"); s.v = 1
print(repr(copy.copy(s)), copy.copy(s).v, type(copy.deepcopy(s)).__name__)
class T(tuple): pass
t = T((1, [2])); t.w = 3
print(copy.copy(t), copy.deepcopy(t).w, copy.deepcopy(t)[1] is t[1])
class SS(set): pass
ss = SS({1, 2}); ss.k = 1
print(sorted(copy.copy(ss)), type(copy.copy(ss)).__name__, copy.copy(ss).k)
class FS(frozenset): pass
fs = FS({3}); fs.k = 2
print(copy.deepcopy(fs), copy.deepcopy(fs).k)
class Sl:
    __slots__ = ("p", "q")
o = Sl(); o.p = [1]
c = copy.copy(o); dc = copy.deepcopy(o)
print(c.p is o.p, dc.p == o.p, dc.p is o.p, hasattr(c, "q"))
class LS(list):
    __slots__ = ("z",)
ls = LS([1]); ls.z = 9
print(copy.copy(ls), copy.copy(ls).z)
class P:
    def __init__(self):
        self.items = [1, 2]
p = P()
q = copy.deepcopy(p)
print(q.items, q.items is p.items)
e = ValueError(1, 2); e.note = "n"
ce = copy.copy(e)
print(repr(ce), ce.note)
def g():
    yield 1
try:
    copy.copy(g())
except TypeError as err:
    print("TypeError", err)
class R:
    def __reduce__(self):
        return (R, ())
print(type(copy.copy(R())).__name__)
class Cycle(list): pass
cy = Cycle(); cy.append(cy); cy.me = cy
dcy = copy.deepcopy(cy)
print(dcy[0] is dcy, dcy.me is dcy)

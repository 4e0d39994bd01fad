# Instances of subclasses of built-in types (list, int, str, dict, tuple ...)
# have a __dict__ unless __slots__ leaves it out; cycles through it are collected.
import gc
class L(list): pass
x = L([1]); x.a = 1; print(x.a, x.__dict__, vars(x), x)
del x.a
print(x.__dict__, hasattr(x, 'a'))
try: del x.a
except AttributeError as e: print(e)
class I(int): pass
i = I(3); i.tag = 'three'; print(i, i.tag, i.__dict__, i + 1)
class F(float): pass
f = F(1.5); f.u = [f]; print(f.u[0] is f, f.__dict__.keys())
class S(str): pass
s = S("x"); s.a = 2; print(s.a, s.upper())
class T(tuple): pass
t = T((1, 2)); t.me = t; print(t.me is t)
class D(dict): pass
d = D(a=1); d.attr = 5; print(d, d.attr, d.__dict__)
class B(bytes): pass
b = B(b'hi'); b.x = 1; print(b, b.x)
class Se(set): pass
st = Se(); st.z = 1; print(st.z)
class Sl(list):
    __slots__ = ()
try:
    Sl().q = 1
except AttributeError as e: print(e)
x.__dict__ = {'k': 9}
print(x.k)
try: x.__dict__ = 5
except TypeError as e: print(e)
# cycles are collected
for _ in range(3):
    c = L(); c.self = c; c.append(c)
    del c
print(gc.collect() >= 0)
class P(int):
    @property
    def double(self): return self * 2
p = P(4); print(p.double)
try: p.double = 1
except AttributeError as e: print(e)
class WithInit(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.n = len(self)
print(WithInit([1, 2, 3]).n)
print(L[int]([3]).__orig_class__)
class E(Exception): pass
e = E(); e.x = 1; print(e.x, e.__dict__)
class Both(list):
    __slots__ = ('__dict__',)
bb = Both(); bb.w = 1; print(bb.__dict__)
class Deep(L): pass
dd = Deep(); dd.v = 2; print(dd.__dict__, Deep.__dict__.get('__dict__'))
class SlotsThenPlain(Sl): pass
sp = SlotsThenPlain(); sp.ok = 1; print(sp.ok)

# Protocol checks found by scripts/fuzz-diff: object.__init_subclass__ takes
# no arguments; a data descriptor without __delete__ (or __set__); bin/oct/hex
# through __index__; %-formatting takes a range or memoryview as a mapping.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print('!', type(e).__name__, e)

def subclass_kwargs():
    class Base:
        def __init_subclass__(cls, tag=None, **kw):
            super().__init_subclass__(**kw)
            cls.tag = tag
    class X(Base, tag=1):
        pass
    print(X.tag)
    class Z(Base, other=1):
        pass
t(subclass_kwargs)
def subclass_plain():
    class P:
        pass
    class Q(P, flag=True):
        pass
t(subclass_plain)
t(lambda: object.__init_subclass__())

class D:
    def __get__(self, obj, typ=None):
        return 'got'
    def __set__(self, obj, val):
        print('set', val)
class D2:
    def __get__(self, obj, typ=None):
        return 'got2'
    def __delete__(self, obj):
        print('deleted')
class H:
    d = D()
    e = D2()
h = H()
h.d = 1
def del_d():
    del h.d
t(del_d)
def set_e():
    h.e = 5
t(set_e)
def del_e():
    del h.e
t(del_e)

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
for v in (10, -3, 'x', 2.5):
    for f in (bin, oct, hex):
        t(lambda: f(I(v)))
t(lambda: hex(2.5))

t(lambda: '%(a)s' % range(3))
t(lambda: b'%()s' % range(3))
t(lambda: '%s' % range(3))
t(lambda: '%s %s' % range(3))
t(lambda: '%(0)s' % memoryview(b'ab'))

# Conversions, divmod, star-unpacking, reversed and __getattr__ after a
# property's AttributeError, as CPython (found by scripts/fuzz-diff).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class I(int):
    pass


t(lambda: format(True, 'r'))
t(lambda: format(I(3), 'r'))
t(lambda: format(1.5, 'd'))
t(lambda: f'{False:s}')
for v in [-2**40, 2**70, -1, 2**31, 0x110000, 65]:
    t(lambda: chr(v))
t(lambda: sum(1000, ''))
t(lambda: sum([], ''))
t(lambda: list(enumerate(-0.5, 10**20)))
t(lambda: list(enumerate('ab', 'x')))
t(lambda: list(enumerate(len, int)))
t(lambda: list(enumerate(5, 2.5)))
t(lambda: list(enumerate('ab', True)))
t(lambda: float(b'2.5'))
t(lambda: float(b' -1e3 '))
t(lambda: float(b'\x00\xff'))
t(lambda: (True).conjugate())
t(lambda: type((True).conjugate()).__name__)


class F:
    def __init__(self, r):
        self.r = r

    def __float__(self):
        return self.r

    def __int__(self):
        return self.r

    def __repr__(self):
        return 'F()'


for r in [2, 'x', 1.5, None]:
    t(lambda: float(F(r)))
    t(lambda: int(F(r)))




class D:
    def __floordiv__(self, o):
        return 'fd'

    def __mod__(self, o):
        return 'md'


class DM(D):
    def __divmod__(self, o):
        return NotImplemented

    def __rdivmod__(self, o):
        return ('r', o)


t(lambda: divmod(D(), 2))
t(lambda: divmod(2, D()))
t(lambda: divmod(DM(), DM()))
t(lambda: divmod(7, DM()))


class Bad:
    def __iter__(self):
        return 5

    def __repr__(self):
        return 'Bad()'


class BadItem:
    def __getitem__(self, k):
        raise TypeError('no items')


class L:
    def __len__(self):
        return 3


t(lambda: [*Bad()])
t(lambda: [*BadItem()])
t(lambda: [*L()])
t(lambda: [*5])
t(lambda: list(reversed(L())))


class P:
    @property
    def p(self):
        return self.q

    def __getattr__(self, k):
        if k == 'q':
            raise AttributeError('no q')
        return ('ga', k)


class P2:
    @property
    def p(self):
        raise AttributeError('inner')


t(lambda: P().p)
t(lambda: P().zz)
t(lambda: P2().p)
t(lambda: getattr(P(), 'p', 'dflt'))
t(lambda: hasattr(P2(), 'p'))

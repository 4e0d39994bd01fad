# list()/tuple()/bytes()/[*x] ask a class's __len__ first (CPython's
# PyObject_LengthHint); bytes needles; %c overflow (found by scripts/fuzz-diff).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class S:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, k):
        if k >= 3:
            raise IndexError(k)
        return k


class Endless:
    def __len__(self):
        return -1

    def __getitem__(self, k):
        return k


class KeyLen(S):
    def __len__(self):
        raise KeyError('len')


class StrLen(S):
    def __len__(self):
        return 'x'


for o in [S(3), S(-1), S(2**70), KeyLen(0), StrLen(0), Endless()]:
    t(lambda: list(o))
    t(lambda: tuple(o))
    t(lambda: [*o])
    t(lambda: bytes(o))
    t(lambda: bool(o))
    t(lambda: len(o))
t(lambda: 2**64 in b'123')
t(lambda: 300 in b'123')
t(lambda: b'123'.find(-1))
t(lambda: bytes([300]))
t(lambda: f"{-1:<^10c}")
t(lambda: format(0x110000, 'c'))
t(lambda: format(65, 'c'))

# A sequence iterator's length hint is its sequence's len().
for o in [S(3), S(-1), KeyLen(0), StrLen(0)]:
    t(lambda: list(iter(o)))
    t(lambda: tuple(iter(o)))

# The iterator is asked for first: no __iter__ is a TypeError even with a bad __len__.


class OnlyLen:
    def __len__(self):
        return -1


for f in [lambda: [*OnlyLen()], lambda: list(OnlyLen()), lambda: tuple(OnlyLen()), lambda: bytes(OnlyLen())]:
    t(f)

# Ints beyond 64 bits: range indexing out of range, enumerate counting on.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: range(5)[2**63])
t(lambda: range(5)[-2**100])
t(lambda: range(5)['a'])
t(lambda: list(enumerate('abc', 2**64 - 1)))
t(lambda: list(enumerate('abc', 2**63 - 2)))
t(lambda: list(enumerate('ab', -2**70)))
t(lambda: list(enumerate('ab', start=10**30)))
t(lambda: list(enumerate('ab', True)))
t(lambda: enumerate('ab', 1.5))
t(lambda: [1, 2, 3][2**100])
t(lambda: [1, 2, 3][-2**100:2**100])
t(lambda: 'abc'[2**100:])
t(lambda: slice(2**100).indices(10))
# reversed() of a sequence stops at an IndexError or StopIteration.
class S:
    def __len__(self):
        return 6
    def __getitem__(self, k):
        if k > 3:
            raise IndexError(k)
        if k == 1:
            raise StopIteration
        return k
t(lambda: list(reversed(S())))
class S2(S):
    def __getitem__(self, k):
        if k == 2:
            raise KeyError(k)
        return k
t(lambda: list(reversed(S2())))
# A base beyond 64 bits is out of range, not an overflow.
t(lambda: int('A', 2**64))
t(lambda: int('A', -2**64))
t(lambda: list(map(int, 'AbC', (2**64, -1))))

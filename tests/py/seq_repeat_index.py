# Sequence repetition by an object with __index__ on either side (its errors
# propagate), the reflected __rmul__ first, bytearray messages. (Found by
# scripts/fuzz-diff.)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print('!', type(e).__name__, e)
class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        if self.v == 'raise': raise ValueError(1)
        return self.v
class R(I):
    def __rmul__(self, o): return ('rmul', o)
class N:
    pass
for seq in ([0], (1, 2), 'ab', b'xy', bytearray(b'z')):
    for v in (2, -2, 0, 'x', 'raise', 2**70):
        t(lambda: seq * I(v))
        t(lambda: I(v) * seq)
    t(lambda: seq * R(2))
    t(lambda: R(2) * seq)
    t(lambda: seq * N())
    t(lambda: N() * seq)
l = [1]
l *= I(3)
print(l)
t(lambda: I(2) * I(3))

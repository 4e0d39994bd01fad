# slice.indices() with ints of any size (CPython's _PySlice_GetLongIndices).
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


big = 2**64
print(slice(None).indices(big), slice(None, None, -1).indices(big))
print(slice(-2**70, 2**70, 3).indices(10), slice(2**70, -2**70, -3).indices(10))
print(slice(1, -1, 2**65).indices(big + 5), slice(-3, None).indices(big))
print(slice(Idx(2), Idx(-2)).indices(Idx(10)), slice(1, 2).indices(True))
print(slice(5, 1, -1).indices(0), slice(None).indices(0))
for args, n in (((None, None, 0), 5), ((1, 2), -1), (('a', 2), 5), ((1, 2), 2.0)):
    try:
        slice(*args).indices(n)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

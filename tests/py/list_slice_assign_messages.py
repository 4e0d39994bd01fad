# slice.indices and slice assignment errors in CPython's order and words
# (found by scripts/fuzz-diff).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: slice(5, -1, 2).indices(-1))
t(lambda: slice(2, -2, 0).indices(-1))
t(lambda: slice(2, -2, 0).indices(3))
t(lambda: slice(None).indices(0))


def assign(key, value):
    def run():
        L = [0, 1, 2, 3]
        L[key] = value
        return L
    t(run)


assign(slice(None, -1, 2), 5)
assign(slice(None, None, 2), [1])
assign(slice(1, 2), 5)
assign(slice(1, 2, 1), None)
assign(slice(1, 2, 0), 5)
assign(slice(None, None, -2), 'ab')
assign(slice(1, 3), (x for x in 'xyz'))


def boom():
    yield 1
    raise KeyError('inside')


assign(slice(0, 1), boom())
assign(slice(None, None, 2), boom())

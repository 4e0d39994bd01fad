# send() through `yield from` to an iterator without send (found by
# scripts/fuzz-diff).
def g():
    r = yield from range(3)
    yield r


it = g()
print(next(it))
print(it.send(None))
try:
    it.send(5)
except AttributeError as e:
    print(type(e).__name__, e)


def h():
    yield from iter([1, 2])


it = h()
next(it)
try:
    it.send('x')
except AttributeError as e:
    print(type(e).__name__, e)

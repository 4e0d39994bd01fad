# bytearray as CPython 3.11 (found by scripts/fuzz-diff): the text methods of
# bytes (is*, partition giving bytearrays ...), "can't concat X to bytearray",
# the byte value checked before the index, slice then value checks, an empty
# value deleting an extended slice, extend() of a str.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print('!', type(e).__name__, e)
b = bytearray(b'Hello world, ab')
for name in ('isalpha', 'isdigit', 'isalnum', 'isspace', 'islower', 'isupper', 'isascii', 'istitle',
             'title', 'capitalize', 'swapcase', 'lstrip', 'rstrip', 'splitlines', 'expandtabs'):
    t(lambda: getattr(b, name)())
t(lambda: b.partition(b'o'))
t(lambda: b.rpartition(bytearray(b'o')))
t(lambda: b.center(21, b'*'))
t(lambda: (b.ljust(18, b'-'), b.rjust(18), b.zfill(18)))
t(lambda: (b.rfind(b'o'), b.rindex(111), b.rsplit(b' ', 1)))
t(lambda: (b.removeprefix(b'Hell'), b.removesuffix(b'ab')))
t(lambda: b.rindex(b'zz'))
for other in ([1], 's', 5, None, b'x', bytearray(b'y')):
    def add():
        c = bytearray(b'a')
        c += other
        return c
    t(add)
    t(lambda: bytearray(b'a') + other)
    t(lambda: b'a' + other)
def setitem(i, v):
    c = bytearray(b'abc')
    c[i] = v
    return c
t(lambda: setitem(-5, 256))
t(lambda: setitem(-5, 65))
t(lambda: setitem(1, 'x'))
t(lambda: setitem(slice(None, None, 0), 5))
t(lambda: setitem(slice(None, None, 2), 5))
t(lambda: setitem(slice(None, None, 2), 1.5))
t(lambda: setitem(slice(None, None, 2), 'xy'))
t(lambda: setitem(slice(None, None, -2), ()))
t(lambda: setitem(slice(10, -10, -1), b''))
t(lambda: setitem(slice(None, None, 2), b'XY'))
t(lambda: setitem(slice(None, None, 2), b'X'))
def extend(v):
    c = bytearray(b'q')
    c.extend(v)
    return c
for v in ('s', '', 5, [300], [1, 2], b'zz'):
    t(lambda: extend(v))

# The text-like methods of bytes, ASCII-only as CPython's (found by scripts/fuzz-diff).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


B = [b'', b'abc', b'a,b,,c', b'  x y  ', b'Hello World', b'-12', b'+5', b'\t a\tbc\r\nd\n\ne\r', b'aAbB1 ', b'123', b'ABC', b'abc def-ghi', b'\x00\xff']
for b in B:
    print(b)
    t(lambda: (b.find(b'b'), b.find(98), b.rfind(b''), b.find(b'', 50), b.find(b'c', 1, -1), b.rfind(b'a', -3)))
    t(lambda: (b.count(b''), b.count(b'a'), b.count(b'', 2, 1), b.count(97, 1)))
    t(lambda: b.index(b'c'))
    t(lambda: b.rindex(b'c', 0, 2))
    t(lambda: (b.startswith(b''), b.startswith((b'x', b'a')), b.endswith(b'c', 0, 3), b.startswith(b'b', 1)))
    t(lambda: (b.center(9), b.center(10, b'*'), b.ljust(6, b'-'), b.rjust(6), b.zfill(6), b.zfill(0)))
    t(lambda: (b.partition(b','), b.rpartition(b','), b.partition(b'zz'), b.rpartition(b'zz')))
    t(lambda: (b.strip(), b.lstrip(b' a'), b.rstrip(b'c '), b.strip(None)))
    t(lambda: (b.split(), b.split(None, 1), b.rsplit(None, 1), b.split(b','), b.rsplit(b',', 1), b.split(b',', 0), b.split(maxsplit=1)))
    t(lambda: (b.splitlines(), b.splitlines(True), b.expandtabs(), b.expandtabs(4), b.expandtabs(0)))
    t(lambda: (b.removeprefix(b'a'), b.removesuffix(b'c'), b.removeprefix(b'')))
    t(lambda: (b.isdigit(), b.isalpha(), b.isalnum(), b.isspace(), b.islower(), b.isupper(), b.isascii(), b.istitle()))
    t(lambda: (b.title(), b.capitalize(), b.swapcase(), b.upper(), b.lower()))
    t(lambda: (b.hex(), b.hex(':'), b.hex(b'-', 2), b.hex(' ', -2), b.hex('.', 5)))
t(lambda: b'abc'.find('a'))
t(lambda: b'abc'.find(256))
t(lambda: b'abc'.index(b'z'))
t(lambda: b'abc'.startswith('a'))
t(lambda: b'abc'.startswith((b'a', 'b')))
t(lambda: b'abc'.center(9, b'ab'))
t(lambda: b'abc'.center(9, '*'))
t(lambda: b'abc'.partition(''))
t(lambda: b'abc'.partition(b''))
t(lambda: b'abc'.split(b''))
t(lambda: b'abc'.strip('a'))
t(lambda: b'abc'.hex('ab'))
t(lambda: b'abc'.hex(1))
t(lambda: b'abc'.hex('\u20ac'))
t(lambda: b'abc'.removeprefix('a'))

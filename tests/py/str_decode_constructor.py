# str(object, encoding, errors) decodes bytes; its argument checks.
cases = [(1, None), (1, 'utf-8'), ('a', 'utf-8'), (b'a', None), (b'a', 5),
         (1, 'x', None), (1, 'x', 5), (b'a', 'ascii', 3), ('a', 'x', 'y'),
         (b'abc', 'ascii'), (b'\xff', 'utf-8', 'replace'), (b'caf\xc3\xa9',),
         (b'caf\xc3\xa9', 'utf-8'), (b'\xe9', 'latin-1'), (b'\xe9', 'ascii')]
for a in cases:
    try:
        print(repr(str(*a)))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(str(b'xy', errors='strict')), repr(str(encoding='ascii')))
print(list(map(str, [b'a', b'b'], ['ascii', 'utf-8'])))
try:
    print(list(map(str, [2**64, 7], (None, False))))
except TypeError as e:
    print(e)

# The surrogateescape and surrogatepass error handlers where their result
# needs no lone surrogate (arenapy's str cannot hold one; see
# docs/fuzzing.md): valid data decodes as it is, surrogatepass re-raises
# errors that are not encoded surrogates, and encoding a str without
# surrogates is strict's.
for b, enc in ((b'ok', 'utf-8'), (b'caf\xc3\xa9', 'utf-8'), (b'ok', 'ascii'), (b'\xe9\xff', 'latin-1'),
               (b'abc\xff', 'utf-8'), (b'a\x80', 'ascii'), (b'\xc3', 'utf-8'), (b'\xe2\x82', 'utf-8'),
               (b'\xf0\x9f\x98\x80', 'utf-8'), (b'\xc0\xaf', 'utf-8')):
    for h in ('surrogatepass',) if b.isascii() is False and enc != 'latin-1' else ('surrogateescape', 'surrogatepass'):
        try:
            print(ascii(b.decode(enc, h)), ascii(str(b, enc, h)), ascii(bytearray(b).decode(enc, errors=h)))
        except UnicodeDecodeError as e:
            print(type(e).__name__, e, e.start, e.end, e.reason)
for s in ('abc', 'é', '\u20ac', 'a\U0001f600b'):
    for enc in ('ascii', 'latin-1', 'utf-8'):
        for h in ('surrogateescape', 'surrogatepass'):
            try:
                print(s.encode(enc, h), bytes(s, enc, h), bytearray(s, enc, h))
            except UnicodeEncodeError as e:
                print(type(e).__name__, e, e.start, e.end)

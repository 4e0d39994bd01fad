# The UTF-16 and UTF-32 codecs: byte order marks, surrogate pairs, and
# decoding errors with CPython's reasons, positions and codec names.
tests = [b'', b'a', b'a\x00b', b'\xff\xfea\x00', b'\xfe\xff\x00a', b'\x00\xd8', b'\x00\xd8a', b'\x00\xd8a\x00', b'\x00\xdca\x00',
         b'\x00\xd8\x00\xdc', b'a\x00\x00\xd8', b'\x00\xdc', b'a\x00\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00',
         b'abc', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'\xfe\xff', b'\xff\xfe', b'\xff\xfe\x00\x00',
         b'=\xd8\x00\xde', b'\xd8=\xde\x00', b'\x00\x00\x00\x80\x01']
for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF16', 'utf_32_BE'):
    for b in tests:
        for h in ('strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'bogus'):
            try:
                print(enc, b, h, ascii(b.decode(enc, h)))
            except UnicodeDecodeError as e:
                print(enc, b, h, type(e).__name__, e.encoding, e.start, e.end, e.reason.split(' (')[0])
            except Exception as e:
                print(enc, b, h, type(e).__name__, e)
for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF16', 'u16', 'utf_32le', 'U32', 'UTF-16LE', 'utf 16'):
    for s in ('a\xe9\u20ac\U0001f600', '', '\ufeff'):
        try:
            e = s.encode(enc)
            print(enc, e, bytes(s, enc), bytearray(s, enc, 'strict'), e.decode(enc) == s, str(e, enc) == s)
        except Exception as x:
            print(enc, type(x).__name__, x)

# UnicodeDecodeError / UnicodeEncodeError raised by decode and encode carry
# CPython's five arguments (encoding, object, start, end, reason), its
# attributes and its message (found by scripts/fuzz-diff, h6:59011).
e = UnicodeDecodeError("ascii", b"\x00\xff", 1, 2, "ordinal not in range(128)")
print(repr(e), str(e), e.start, e.end, e.reason, e.encoding, e.object)
try:
    b"\x00\xff".decode("ascii")
except UnicodeDecodeError as e:
    print(repr(e), e.args, e.start)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(repr(e), e.args, e.start)
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as e:
    print(repr(e), e.args, e.start)
for b in [b'\xe9A', b'ab\xf0\x9f', b'\xf0\x9fA', b'\xc3', b'\x80\x80']:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(repr(e), str(e), e.start, e.end)
for s in ['a\u20ac\u20acb', '\U0001f600', 'x\xe9y']:
    for enc in ['ascii', 'latin-1']:
        try:
            s.encode(enc)
        except UnicodeEncodeError as e:
            print(repr(e), str(e), e.start, e.end, e.object)
e = UnicodeEncodeError('ascii', 'abc', 0, 3, 'bad')
print(str(e), repr(e), e.reason)
e = UnicodeDecodeError('x', b'ab', 1, 1, 'r')
print(str(e))
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')))
try:
    raise UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
except ValueError as e:
    print(type(e).__name__, e)

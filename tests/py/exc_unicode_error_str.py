# str() of UnicodeEncodeError and UnicodeDecodeError from their fields
# (encoding, object, start, end, reason), as CPython's *_str.
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")))
print(str(UnicodeEncodeError("ascii", "a\xe9", 1, 2, "ordinal not in range(128)")))
print(str(UnicodeEncodeError("ascii", "a\u20ac\U0001f600", 1, 2, "x")), str(UnicodeEncodeError("ascii", "a\U0001f600", 1, 2, "x")))
print(str(UnicodeEncodeError("ascii", "abc", 0, 3, "x")))
print(repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "r")
e.start = 5
print(str(e))
print(str(UnicodeError("plain")))

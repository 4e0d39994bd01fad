# Seventh fuzz run: the namereplace error handler (\N{NAME}, else a
# backslash escape) and the encode-only handlers refusing a decode error.
for e in ["'\\u20ac'.encode('ascii', 'namereplace')", "'\\u20ac\\x80'.encode('latin-1', 'namereplace')", "'a\\xe9\\U0001f600b'.encode('ascii', 'namereplace')",
          "'\\u0378'.encode('ascii', 'namereplace')", "'\\ue000x'.encode('ascii', 'namereplace')", "'\\x80'.encode('ascii', 'namereplace')",
          "b'\\xff'.decode('ascii', 'namereplace')", "b'\\xff'.decode('utf-8', 'xmlcharrefreplace')", "b'ok'.decode('ascii', 'namereplace')",
          "'\\uac00'.encode('ascii', 'namereplace')", "'\\u4e00'.encode('latin-1', 'namereplace')", "'\\ufb01'.encode('ascii', 'namereplace')"]:
    try: print(e, eval(e))
    except Exception as x: print(e, type(x).__name__, x)

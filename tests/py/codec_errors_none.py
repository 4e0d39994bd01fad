# encode()/decode() name None itself when it is given as 'errors' (fuzz-diff
# k5:15018), as for 'encoding'.
for f in (lambda: 'abc'.encode('a', None), lambda: 'abc'.encode('utf-8', None), lambda: 'abc'.encode(errors=None),
          lambda: b'abc'.decode('utf-8', None), lambda: b'abc'.decode(errors=None), lambda: bytearray(b'x').decode('ascii', None),
          lambda: 'abc'.encode(None), lambda: b'abc'.decode(None), lambda: 'abc'.encode('utf-8', 5), lambda: b'a'.decode('utf-8', 1.5)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

# ord() and int() of bytes (found by scripts/fuzz-diff).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for b in [b'1', b'\xff', b'', b'123']:
    t(lambda: ord(b))
t(lambda: ord(''))
t(lambda: ord('ab'))
t(lambda: ord(3))
for args in [(b'12', 16), (b' 12 ',), (b'z', 36), (b'0x1f', 0), (b'1_0',), (b'\xff1',),
             (b'', 10), (b'-0b11', 0), (b'12', 2), (b'+7',)]:
    t(lambda: int(*args))

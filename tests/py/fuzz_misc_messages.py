# Found by scripts/fuzz-diff: the fill character message of center/ljust/rjust,
# UnicodeEncodeError naming a run of unencodable characters, (-1).to_bytes(0)
# with signed=True, str % with any right operand.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print('!', type(e).__name__, e)
for name in ('center', 'ljust', 'rjust'):
    for fill in (1, b'x', 'ab', '', '*'):
        t(lambda: getattr('ab', name)(5, fill))
for s in ('ΑΣ Σ', 'aΑΣ', 'Σ', 'ab\u20ac\u20acc\u20ac', 'über'):
    for enc in ('ascii', 'latin-1'):
        t(lambda: s.encode(enc))
for v, n, s in [(-1, 0, True), (-2, 0, True), (0, 0, False), (1, 0, False), (-129, 1, True),
                (-128, 1, True), (255, 1, False), (-1, 1, False)]:
    t(lambda: v.to_bytes(n, 'big', signed=s))
for fmt in ('%s', '%d', 'x', '%s %s', '%(a)s'):
    for arg in ((), [1], {'a': 2}, 3.5, 'q', b'z', None, (1, 2)):
        t(lambda: fmt % arg)

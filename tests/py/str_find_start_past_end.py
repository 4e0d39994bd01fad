# A start index past the end finds nothing, not even '' (found by
# scripts/fuzz-diff).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['abc', '', '\u20ac']:
    for start, end in [(5, None), (3, None), (len(s), None), (-1, None), (2, 1), (1, 100), (None, -5)]:
        t(lambda: (s.find('', start, end), s.rfind('', start, end), s.count('', start, end),
                   s.startswith('', start, end), s.endswith('', start, end)))
        t(lambda: s.index('', start, end))
        t(lambda: s.rindex('', start, end))

# str.format: auto/manual numbering, nested specs, accessors, conversions,
# brace escapes and errors, non-ASCII text, long fields.
class P:
    x = 5
    def __format__(self, spec): return 'P<' + spec + '>'
d = {'k': [1, 2]}
cases = [('{}-{}', (1, 'a'), {}), ('{0}{1}{0}', ('x', 'y'), {}), ('{a}{b}', (), {'a': 1, 'b': 2.5}),
 ('{:>{w}}', ('hi',), {'w': 6}), ('{!r}', ('é',), {}), ('{0.x} {0:zz}', (P(),), {}), ('{d[k]} {d[k][1]}', (), {'d': d}),
 ('{{}} {} }}{{', (3,), {}), ('héllo {} wörld', ('ü',), {}), ('{:.3f}|{:,}|{:x}', (3.14159, 1234567, 255), {}),
 ('{', (), {}), ('}', (), {}), ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{:{}{}}', (1, '>', 5), {}), ('{!x}', (1,), {}),
 ('{z}', (), {}), ('{5}', (1,), {}), ('{' + 'x' * 80 + '}', (), {'x' * 80: 'long'}), ('a' * 100 + '{}', (1,), {})]
for f, a, k in cases:
    try: r = f.format(*a, **k)
    except Exception as e: r = type(e).__name__ + ': ' + str(e)
    print(repr(r))

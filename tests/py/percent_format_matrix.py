# '%' conversions over a matrix of values and specs (the plain ones are
# written straight into the result, the rest through the format crate).
vals = [0, -5, 12345678901234567890, 3.14159, -2.5e-10, 1e300, 'abc', True, None, [1], (1,)]
fmts = ['%s', '%r', '%d', '%5d', '%-5d|', '%05d', '%+d', '%x', '%#x', '%o', '%f', '%.2f', '%10.3f', '%e', '%g', '%.3g', '%E', '%G', '%s-%s', '%%', '%c', '%a', '%.2s', '% d', '%i', '%u']
for f in fmts:
    for v in vals:
        try:
            r = f % ((v, v) if f.count('%') - 2 * f.count('%%') == 2 else (v,))
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(repr(f), repr(v)[:20], repr(r))
print('%(a)s and %(b)d' % {'a': 'x', 'b': 3})
print('%s' % 'x' * 3, 'a%sb%sc' % ('1', 2), '%s' % (1.5,), '%d' % 3.7, '%s %s' % ('é', 'ü'))
print(('%s' % ('y' * 100))[:5], len('%s|%s' % ('x' * 70, 'z')))

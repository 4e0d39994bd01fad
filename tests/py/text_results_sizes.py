# Results written straight into their objects keep CPython's values and
# sizes: split's preallocated list, sorted()'s copy, slices, join, replace,
# case mapping, float and int text.
import sys
print(sys.getsizeof('a b c d'.split()), sys.getsizeof('a,b'.split(',')),
      sys.getsizeof(' '.join(['a'] * 20).split()), sys.getsizeof('a b'.rsplit()),
      sys.getsizeof('a b'.split(maxsplit=1)))
print('a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2), 'a,b,,c'.split(','),
      'a,b,,c'.rsplit(',', 1), '  '.split(), ''.split(','), ' x  y '.rsplit(None, 0))
print(sys.getsizeof(sorted([3, 1, 2, 5, 4])), sys.getsizeof(sorted((3, 1, 2))),
      sys.getsizeof(sorted(range(5))), sys.getsizeof(list(range(20))[2:3]),
      sys.getsizeof([1, 2, 3] * 2))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'a'], key=str.upper), sorted([2.5, -1.0, 2.0]))
t = (1, 2, 3)
print(t[:] is t, t[::1] is t, t[::-1], t[1:], t[5:], t[::-1] is t, t[0:3] is t, t[::2])
l = list(range(10))
print(l[::3], l[8:2:-2], l[-3:], l[:0], l[::-1][:3])
s = 'hello world'
print(s[::2], s[::-1], s[2:8], s[:0] == '', 'héllo'[::2], 'héllo'[::-1])
print('x'.join(['a']), '-'.join(('p', 'q')), ','.join(c for c in 'abc'), ''.join([]))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(e)
print('ab'.replace('x', 'y'), 'aXbX'.replace('X', 'yy'), 'aaa'.replace('a', 'b', 2), 'é-é'.replace('é', 'e'))
print('AbC'.upper(), 'AbC'.lower(), 'AbC'.swapcase(), 'straße'.upper(), 'ΑΣ'.lower())
for v in [0.1, 1e16, 1e-5, -0.0, float('inf'), 1 / 3, 123456.789, 2.5e-308]:
    print(repr(v), str(v), format(v, '.2f'), f'{v:.3e}', f'{v:g}', f'{v:10.4}|', '%.3f' % v)
for v in [0, -7, 255, 10**30, -(2**100), 2**64]:
    print(str(v), format(v, ','), f'{v:>8x}', f'{v:#o}', f'{v:_b}'[-12:], '%d|%5d' % (v, v))
print(f'{1234567.891:,.2f}', f'{-1234:08,}', f'{0.5:%}', f'{3:c}', f'{1e300 * 10:f}')

class B(bytearray):
    pass


class C(bytearray):
    def __init__(self, *a, **k):
        print('init', a, k)
        super().__init__(*a, **k)

    def __repr__(self):
        return 'C<' + super().__repr__() + '>'


b = B(b'abc')
print(b, repr(b), type(b).__name__, len(b), b[0], b[1:], type(b[1:]).__name__)
b.append(100)
b.extend(b'ef')
b += b'gh'
print(b, type(b).__name__)
b *= 2
print(b, type(b).__name__, b.count(b'a'), b.find(b'd'))
print(B(), B(3), B([65, 66]), B('xyz', 'ascii'), B(source=b'q'))
print(b.upper(), type(b.upper()).__name__, type(b.copy()).__name__, type(b + b'x').__name__)
print(b == bytearray(b), b == bytes(b), isinstance(b, bytearray), issubclass(B, bytearray))
b.x = 5
print(b.x, b.__dict__, vars(b))
c = C(b'12', )
print(c, repr(c), str(c))
c2 = C('é', encoding='utf-8')
print(c2)
print(B.fromhex('41 42'), type(B.fromhex('41')).__name__, C.fromhex('43'))
print(bytes(b), list(B(b'xy')), sorted(B(b'cab')), b'%s' % B(b'pct'))
print(B(b'a b c').split(), type(B(b'a b').split()[0]).__name__)
del b[0]
b[0] = 90
b[1:3] = b'--'
print(b, b.pop(), b.decode())
print(hash(B()) if False else 'unhashable', end=' ')
try:
    hash(B())
except TypeError as e:
    print(e)


class S(bytearray):
    __slots__ = ('a',)


s = S(b'z')
s.a = 3
print(s, s.a)
try:
    s.b = 1
except AttributeError as e:
    print(e)
m = memoryview(b)
try:
    b.__init__(b'new')
except BufferError as e:
    print('BufferError', e)
m.release()
b.__init__(b'new')
print(b)
b.__init__()
print(b)
try:
    B(1.5)
except TypeError as e:
    print(e)
try:
    B(b'', 'x')
except TypeError as e:
    print(e)
import copy
print(copy.copy(B(b'cp')), type(copy.copy(B(b'cp'))).__name__)


class D(bytearray):
    def __new__(cls, *a):
        r = super().__new__(cls)
        print('new', a)
        return r


print(D(b'dd'))
print(bytearray.__new__(B), type(bytearray.__new__(B)).__name__)
print(B(b'x') * 3, type(B(b'x') * 3).__name__, 3 * B(b'y'))
print(B(b'abc').translate(None, b'b'), B(b'abc').replace(b'a', b'z'), B(b'a').join([b'1', b'2']))
print(B(b'xyz')[::-1], reversed(B(b'ab')).__class__.__name__, b'y' in B(b'xyz'), 121 in B(b'xyz'))

# str() of bytes and bytearray subclasses is their own repr; format() with
# an empty spec of int/float/complex/str subclasses is str()
class X(bytes):
    def __repr__(self):
        return 'R'


class Y(bytearray):
    def __repr__(self):
        return 'R'


print(str(X(b'a')), X(b'a'), f'{X(b"a")}', '%s' % X(b'a'), format(X(b'a')), repr(X(b'a')))
print(str(Y(b'a')), Y(b'a'), f'{Y(b"a")}', '%s' % Y(b'a'), format(Y(b'a')), repr(Y(b'a')))


class Z(int):
    def __repr__(self):
        return 'R'

    def __str__(self):
        return 'S'


class Z2(int):
    def __repr__(self):
        return 'R'


class F(float):
    def __repr__(self):
        return 'R'


class T(str):
    def __str__(self):
        return 'S'


class Cx(complex):
    def __repr__(self):
        return 'R'


print(format(Z(1)), f'{Z(1)}', format(F(1.5)), format(T('t')), f'{T("t")}', format(Cx(1j)),
      format(Z(1), 'd'), format(True), format(Z(1), ''), Z(1).__format__(''))
print(format(Z2(1)), f'{Z2(1)}', str(Z2(1)), Z2(1).__format__(''), format(F(2.5), ''),
      '{}'.format(Z2(3)), '%s' % Z2(4), '%d' % Z2(4), f'{F(2.5):.1f}', f'{Z2(5):x}')

# reversed() of subclasses: bytearray's sequence access, dict's __reversed__
class Tu(tuple):
    pass


class St(str):
    pass


class L(list):
    pass


class D(dict):
    pass


class DG(dict):
    def __getitem__(self, k):
        raise KeyError(k)


for v in (B(b'ab'), Tu([1, 2]), St('ab'), X(b'ab'), L([1, 2]), D({1: 2, 3: 4}), DG({5: 6})):
    print(type(v).__name__, list(reversed(v)))

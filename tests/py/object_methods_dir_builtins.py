# object's __dir__, __reduce__, __reduce_ex__, __getstate__, __sizeof__ and
# __subclasshook__; dir() listing getset names (__class__, __doc__); the
# builtins module as __main__.__builtins__; statistics over Fraction data.
import copy
import statistics
from fractions import Fraction


class A:
    x = 1

    def m(self):
        return 1


class S:
    __slots__ = ('a', 'b')


class E(Exception):
    pass


print(dir(object))
print(dir(A))
print(dir(A()))
print(dir(S))
a = A()
a.q = 5
print([n for n in dir(a) if not n.startswith('__')])
print([n for n in dir(a) if not hasattr(a, n)])
print([n for n in dir(A) if not hasattr(A, n)])
print(sorted(set(dir(1)) & {'__class__', '__doc__', '__dir__', '__sizeof__', '__reduce__'}))
print(sorted(set(dir(range(3))) & {'start', 'stop', 'step', '__doc__'}))
print(sorted(set(dir(1j)) & {'real', 'imag'}))
print(sorted(object.__dir__(a)) == dir(a), type(object.__dir__(a)).__name__)
print(sorted(type.__dir__(A)) == dir(A))


class D:
    def __dir__(self):
        return ['z', 'a', 'm']


print(dir(D()))

# __subclasshook__ and __getstate__
print(object.__subclasshook__(int), A.__subclasshook__(A))
print(object().__getstate__())
print(a.__getstate__(), a.__getstate__() is a.__dict__)
s = S()
print(s.__getstate__())
s.a = 1
print(s.__getstate__())
print(A().__getstate__())
print(type(object().__sizeof__()).__name__)


class R:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (R, (self.v * 2,))


print(R(3).__reduce_ex__(4)[1], copy.copy(R(3)).v, copy.deepcopy(R(4)).v)
print(A().__reduce_ex__(2)[1:3], copy.copy(a).q)
s2 = copy.copy(s)
print(s2.a, hasattr(s2, 'b'))


class G:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {'x': 10}


print(copy.copy(G()).x, copy.deepcopy([G()])[0].x)
print(copy.copy(E(1, 2)).args, copy.copy({1, 2}), copy.copy(bytearray(b'ab')))

# __builtins__
print(__builtins__, type(__builtins__).__name__, __builtins__.len is len)
import builtins
print(__builtins__ is builtins)
g = {}
exec('x = 1', g)
print(type(g['__builtins__']).__name__)

# statistics with Fraction data
data = [Fraction(1, 3), Fraction(2, 5), Fraction(7, 4), Fraction(1, 2)]
for f in ('mean', 'median', 'variance', 'pvariance', 'stdev', 'harmonic_mean', 'fmean', 'quantiles'):
    print(f, repr(getattr(statistics, f)(data)))
print(repr(statistics.mean([1, Fraction(1, 2), 2.5])), repr(statistics.mean([Fraction(1, 2), 1])))
print(statistics.Fraction is Fraction)
try:
    statistics.mean([Fraction(1, 2), 1.5, 1j])
except TypeError as e:
    print('TypeError', e)

# __doc__ of instances of built-in types; exceptions' getsets in dir() and
# their __setstate__; reducing a plain object() and refusing a generator.
print((1).__doc__ == int.__doc__, range(1).__doc__ == range.__doc__, [].__doc__ == list.__doc__)
print(dir(ValueError(1)))
e = ValueError(1)
e.__setstate__({'a': 2})
e.__setstate__(None)
print(e.a)
try:
    e.__setstate__(5)
except TypeError as x:
    print('TypeError', x)
print(object().__reduce_ex__(2)[1:], object().__reduce__()[1:2])


def gen():
    yield 1


try:
    copy.copy(gen())
except TypeError as x:
    print('TypeError', x)
print(a.__reduce__()[0].__name__, a.__reduce__()[1:], a.__reduce_ex__(2)[0].__name__, a.__reduce_ex__(3)[1:3])


class I(int):
    pass


print(I(5).__reduce_ex__(1)[1:], copy.copy(I(7)), type(copy.deepcopy(I(7))).__name__)
try:
    S().__reduce__()
except TypeError as x:
    print('TypeError', x)

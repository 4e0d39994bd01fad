# statistics' mean and variance family sum exactly (CPython's Fraction
# arithmetic), so the last digits agree with CPython's.
import statistics as st

data_sets = [
    [1, 2, 3, 4],
    [1, 2, 4],
    [True, False, True],
    [1.5, 2.25, 3.1],
    [1, 2, 3.5],
    [0.1, 0.2, 0.3, 0.4, 0.7],
    [1e50, 1, -1e50, 3.25],
    [1e308, 1e308, -1e308],
    [5e-324, 1e-320, 2.5e-310],
    [10**30 + 1, 10**30 + 2, 10**30 + 7],
    [-3, -2.5, 7, 0.125, 2**53 + 1],
    [3, 3, 3],
    [0.0, -0.0],
    [2.718281828459045, 3.141592653589793, 1.4142135623730951, 1.7320508075688772],
    [float('inf'), 1.0],
    [float('nan'), 1.0],
    [1.0],
    [7],
    [],
]
funcs = [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped,
         st.variance, st.pvariance, st.stdev, st.pstdev, st.mode, st.multimode,
         st.harmonic_mean, st.geometric_mean]
for d in data_sets:
    print('data', d)
    for f in funcs:
        try:
            r = f(d)
            print(' ', f.__name__, type(r).__name__, repr(r))
        except Exception as e:
            print(' ', f.__name__, '!', type(e).__name__, e)

# given means
for d, c in [([1, 2, 3, 4], 2.5), ([1.5, 2.5, 4.0], 2), ([1, 2, 3], 2), ([1, 2, 3], 2.2), ([1.0, 2.0], 1)]:
    for f in (st.variance, st.pvariance, st.stdev, st.pstdev):
        try:
            print(f.__name__, d, c, repr(f(d, c)))
        except Exception as e:
            print(f.__name__, '!', type(e).__name__, e)

# subclasses keep the type; bad data
class F(float):
    pass
class I(int):
    pass
print(type(st.mean([F(1.5), F(2.5)])).__name__, st.mean([F(1.5), F(2.5)]))
print(type(st.mean([I(2), I(4)])).__name__, type(st.variance([I(2), I(4), I(9)])).__name__)
print(type(st.mean([I(2), 1.5])).__name__)
for bad in (['a', 'b'], [1, 'a'], [1j, 2j], [None, 1], iter([1, 2, 3.5]), (x / 4 for x in range(9))):
    for f in (st.mean, st.variance, st.pstdev):
        try:
            print(f.__name__, repr(f(bad)))
        except Exception as e:
            print(f.__name__, '!', type(e).__name__, e)

# the rest of the module
x, y = [1, 2, 3, 4, 5.5], [2, 4.25, 5, 4, 7]
print(st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, y))
print(st.linear_regression(x, y, proportional=True))
print(st.quantiles(range(1, 20)), st.quantiles([1.5, 2, 9, 4], n=5, method='inclusive'))
for args in (([1, 1], [1, 2]), ([1], [2]), ([1, 2], [1])):
    try:
        print(st.correlation(*args))
    except st.StatisticsError as e:
        print('!', e)
nd = st.NormalDist(2.5, 1.25)
print(nd, nd.pdf(3), nd.cdf(3), nd.inv_cdf(0.3), nd.quantiles(), nd.zscore(4))
print(nd + 1, nd * 2, nd - st.NormalDist(1, 1), nd.overlap(st.NormalDist(3, 2)))
print(st.NormalDist.from_samples([1, 2, 3.5, 9]))
print(st.mode('abracadabra'), st.multimode('aabbc'))
# __slots__ given as a dict (NormalDist's) makes the slots
class S:
    __slots__ = {'a': 'first', 'b': 'second'}
s = S()
s.a = 1
print(s.a, sorted(S.__slots__))

# math.fsum as CPython's: specials summed apart, intermediate overflow
import math
class Fl:
    def __float__(self):
        return 2.5
def gen():
    yield 1.0
    yield 'x'
    raise KeyError('not reached')
for data in ([1e308, 1e308, -1e308], [float('inf'), 1.0], [float('inf'), float('-inf')],
             [float('nan'), 1e308, 1e308], [float('inf'), float('inf'), 1e308],
             [1e308, float('inf'), 5.0], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100],
             [Fl(), 1], [True, 2**60], gen(), [], [-0.0], [0.0, -0.0], [2**1024]):
    try:
        print(repr(math.fsum(data)))
    except Exception as e:
        print('!', type(e).__name__, e)

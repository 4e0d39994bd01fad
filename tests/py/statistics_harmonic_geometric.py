# statistics.harmonic_mean (exact sum of the reciprocals, one rounding) and
# geometric_mean, as CPython 3.11's.
import statistics as s
for d, w in [([40, 60], None), ([40, 60], [5, 30]), ([0, 5], None), ([1], None), ([2.5], None), ([1, 2, 4], None), ([], None), ([-1, 2], None), (['a', 'b'], None), ([True, 2], None), ([1.5, 2.25, 1e-3], None), ([3, 5, 7], [1, 0, 2]), ([1, 2], [1]), ([1, 2], [-1, 2]), ([1, 2], [0, 0]), ([54, 24, 36], None), ([7, 11, 13, 17, 19], None), (['x'], None)]:
    for f in (s.harmonic_mean, s.geometric_mean):
        try:
            print(f.__name__, d, w, f(d, w) if f is s.harmonic_mean else f(d))
        except Exception as e:
            print(f.__name__, d, w, '!', type(e).__name__, e)

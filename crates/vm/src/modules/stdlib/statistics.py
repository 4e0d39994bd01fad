"""Basic statistics (arenapy's own implementation of part of statistics)."""

import math as _math


class StatisticsError(ValueError):
    pass


def _data(data, fn, at_least=1):
    data = list(data)
    if len(data) < at_least:
        if at_least == 1:
            raise StatisticsError(f'{fn} requires at least one data point')
        raise StatisticsError(f'{fn} requires at least two data points')
    return data


def _is_exact(data):
    for x in data:
        if not isinstance(x, int):
            return False
    return True


def mean(data):
    data = _data(data, 'mean')
    total = sum(data)
    n = len(data)
    if _is_exact(data):
        q, r = divmod(total, n)
        return q if r == 0 else total / n
    return _math.fsum(data) / n


def fmean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    if weights is None:
        return _math.fsum(data) / len(data)
    weights = list(weights)
    return _math.fsum([x * w for x, w in zip(data, weights)]) / _math.fsum(weights)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data[len(data) // 2]


def mode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = max(counts.values())
    for x, c in counts.items():
        if c == best:
            return x


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    best = max(counts.values())
    return [x for x, c in counts.items() if c == best]


def _ss(data, c=None):
    if c is None:
        c = mean(data)
    return _math.fsum([(x - c) ** 2 for x in data])


def variance(data, xbar=None):
    data = _data(data, 'variance', 2)
    return _ss(data, xbar) / (len(data) - 1)


def pvariance(data, mu=None):
    data = _data(data, 'pvariance')
    return _ss(data, mu) / len(data)


def stdev(data, xbar=None):
    return _math.sqrt(variance(data, xbar))


def pstdev(data, mu=None):
    return _math.sqrt(pvariance(data, mu))


def geometric_mean(data):
    try:
        return _math.exp(fmean(map(_math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _fail_neg(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _exact_sum(values):
    # CPython's _sum for ints and floats: added exactly as ratios.
    num, den = 0, 1
    for v in values:
        n, d = v.as_integer_ratio()
        num, den = num * d + n * den, den * d
        g = _math.gcd(num, den)
        num, den = num // g, den // g
    return num, den


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sw_n, sw_d = n, 1
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sw_n, sw_d = _exact_sum(_fail_neg(weights, errmsg))
    try:
        terms = [w / x if w else 0 for w, x in zip(weights, _fail_neg(data, errmsg))]
    except ZeroDivisionError:
        return 0
    num, den = _exact_sum(terms)
    if num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    # sum_weights / total, rounded once (CPython's _convert of a Fraction).
    return (sw_n * den) / (sw_d * num)

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

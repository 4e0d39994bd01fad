"""Iterator building blocks (arenapy's own implementation of itertools).

Every function checks its arguments when called and returns a generator,
consuming its input exactly as CPython's does.
"""

_MISSING = object()


def _index(v):
    """CPython's Py_ssize_t argument conversion: an int from `__index__`,
    or its TypeError ("'float' object cannot be interpreted as an
    integer"), or OverflowError beyond a Py_ssize_t (`tee(it, 2**70)`
    must not try to make that many iterators)."""
    v = v if type(v) is int else range(v).stop
    if not -9223372036854775808 <= v <= 9223372036854775807:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return v


def _ssize_or_minus1(v):
    """`PyNumber_AsSsize_t` with its error cleared, as islice() does: -1
    for a value without `__index__` or beyond a Py_ssize_t."""
    try:
        return _index(v)
    except (TypeError, OverflowError):
        return -1


def count(start=0, step=1):
    for x in (start, step):
        if isinstance(x, (str, bytes, list, tuple, dict, set)) or x is None:
            raise TypeError('a number is required')
    return _count(start, step)


def _count(n, step):
    while True:
        yield n
        n += step


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def repeat(object, times=_MISSING):
    if times is _MISSING:
        return _repeat_forever(object)
    return _repeat(object, _index(times))


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat(obj, times):
    for _ in range(times):
        yield obj


def chain(*iterables):
    return _chain(iterables)


def _chain(iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterable):
    return _chain(iterable)


chain.from_iterable = _from_iterable


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    # CPython's checks, in its order and with its quirks (a stop of -1 is
    # the "Stop argument" error, other negative ones "Indices").
    bad_stop = ('Stop argument for islice() must be None or an integer: '
                '0 <= x <= sys.maxsize.')
    start, stop, step = 0, -1, 1
    if len(args) == 1:
        if args[0] is not None:
            stop = _ssize_or_minus1(args[0])
            if stop == -1:
                raise ValueError(bad_stop)
    else:
        if args[0] is not None:
            start = _ssize_or_minus1(args[0])
        if args[1] is not None:
            stop = _ssize_or_minus1(args[1])
            if stop == -1:
                raise ValueError(bad_stop)
    if start < 0 or stop < -1:
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if len(args) == 3:
        if args[2] is not None:
            step = _ssize_or_minus1(args[2])
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, None if stop == -1 else stop, step)


def _islice(it, start, stop, step):
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        yield item
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is not None:
        yield total
    else:
        try:
            total = next(it)
        except StopIteration:
            return
        yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        # CPython's PySequence_Tuple: "'int' object is not iterable".
        yield function(*(args if type(args) is tuple else tuple(args)))


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def product(*iterables, repeat=1):
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[j][indices[j]] for j in range(n)])


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


def combinations(iterable, r):
    r = _index(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r):
    r = _index(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_wr(pool, r)


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])


def _same(a, b):
    return a is b or a == b


class groupby:
    """groupby(iterable, key=None): consecutive keys and groups."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        # Keys compare as CPython's PyObject_RichCompareBool, identity
        # first: a nan key is its own group, not an endless run of them.
        while self._currkey is _MISSING or (self._tgtkey is not _MISSING
                                            and _same(self._currkey, self._tgtkey)):
            self._currvalue = next(self._it)
            kf = self._keyfunc
            self._currkey = self._currvalue if kf is None else kf(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, gid):
        while self._id is gid and _same(self._currkey, tgtkey):
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                self._currkey = _MISSING
                self._tgtkey = _MISSING
                self._it = iter(())
                return
            kf = self._keyfunc
            self._currkey = self._currvalue if kf is None else kf(self._currvalue)


class _TeeData:
    def __init__(self, it):
        self.it = it
        self.buffer = []
        self.start = 0
        self.positions = []


def tee(iterable, n=2):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    data = _TeeData(iter(iterable))
    return tuple([_tee(data) for _ in range(n)])


def _tee(data):
    i = 0
    buf = data.buffer
    while True:
        if i == len(buf):
            try:
                buf.append(next(data.it))
            except StopIteration:
                return
        yield buf[i]
        i += 1

"""Shallow and deep copies (arenapy's own implementation of copy)."""


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented))


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return x.copy()
    if callable(x) and hasattr(x, '__code__'):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or (callable(x) and hasattr(x, '__code__')):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # The tuple may have been copied while copying its items.
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    cls = type(x)
    if isinstance(x, dict):
        y = cls.__new__(cls)
        if memo is not None:
            memo[id(x)] = y
        for key, value in x.items():
            if memo is not None:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            dict.__setitem__(y, key, value)
        return y
    if isinstance(x, list):
        y = cls.__new__(cls)
        if memo is not None:
            memo[id(x)] = y
        for a in x:
            y.append(a if memo is None else deepcopy(a, memo))
        return y
    if isinstance(x, set):
        y = cls.__new__(cls)
        for a in x:
            y.add(a if memo is None else deepcopy(a, memo))
        return y
    if isinstance(x, bytearray):
        # bytearray's __reduce_ex__: the class called with the content
        # (as bytes), then the instance dict (if any) copied over.
        y = cls(bytes(x)) if len(x) else cls()
        if memo is not None:
            memo[id(x)] = y
        state = getattr(x, '__dict__', None)
        if state:
            if memo is not None:
                state = deepcopy(state, memo)
            y.__dict__.update(state)
        return y
    try:
        state = x.__dict__
    except AttributeError:
        raise Error(f'un(deep)copyable object of type {cls}')
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
        if memo is not None:
            args = deepcopy(args, memo)
        return cls(*args)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and getattr(cls, '__getstate__', None) is not getattr(object, '__getstate__', None):
        state = getstate()
    if memo is not None:
        state = deepcopy(state, memo)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
    else:
        for key, value in state.items():
            object.__setattr__(y, key, value)
    return y

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


def _slot_state(cls, x):
    """The `__slots__` values set on `x` (copyreg._slotnames' names)."""
    state = {}
    for c in cls.__mro__:
        names = c.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            try:
                state[name] = getattr(x, name)
            except AttributeError:
                pass
    return state


def _newargs(x):
    """`x.__getnewargs__()` of the built-in value type `x` derives from."""
    if isinstance(x, int):
        return (int.__index__(x),)
    if isinstance(x, float):
        return (float.__float__(x),)
    if isinstance(x, complex):
        return complex.__getnewargs__(x)
    if isinstance(x, str):
        return (str.__getitem__(x, slice(None)),)
    if isinstance(x, bytes):
        return (bytes.__getitem__(x, slice(None)),)
    if isinstance(x, tuple):
        return (tuple.__getitem__(x, slice(None)),)
    return None


def _reduce(x):
    """`x.__reduce_ex__(4)` as CPython's object.__reduce_ex__ makes it
    (typeobject.c's reduce_newobj, or set's and frozenset's __reduce__):
    (callable, args, state, list items, dict items)."""
    cls = type(x)
    getstate = getattr(x, '__getstate__', None)
    if getattr(cls, '__getstate__', None) is object.__getstate__:
        # The default state (object_getstate_default) is computed below,
        # where a missing one is an error.
        getstate = None
    if isinstance(x, BaseException):
        # BaseException.__reduce__.
        return cls, x.args, getattr(x, '__dict__', None) or None, None, None
    if isinstance(x, (set, frozenset)):
        state = getstate() if getstate is not None else getattr(x, '__dict__', None) or None
        return cls, (list(x),), state, None, None
    if isinstance(x, bytearray):
        # bytearray's _common_reduce: the class is called with the content.
        state = getstate() if getstate is not None else getattr(x, '__dict__', None) or None
        return cls, (bytes(x),) if len(x) else (), state, None, None
    getnewargs = getattr(x, '__getnewargs__', None)
    args = tuple(getnewargs()) if getnewargs is not None else _newargs(x)
    hasargs = args is not None
    if getstate is not None:
        state = getstate()
    else:
        state = getattr(x, '__dict__', None) or None
        slots = _slot_state(cls, x)
        if slots:
            state = (state, slots)
        elif state is None and not hasargs and not isinstance(x, (list, dict)):
            # CPython refuses objects whose C layout is bigger than
            # object's (a generator, a function ...): their state is not
            # reachable from Python.
            if not hasattr(x, '__dict__') and not _has_slots(cls) and _builtin_base(cls) is not object:
                raise TypeError("cannot pickle '%s' object" % cls.__name__)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return __newobj__, (cls,) + (args or ()), state, listiter, dictiter


def __newobj__(cls, *args):
    """copyreg.__newobj__: what protocol 2 reductions call."""
    return cls.__new__(cls, *args)


def _reconstructor(cls, base, state):
    """copyreg._reconstructor: what protocol 0 and 1 reductions call."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _reduce_ex_default(x, protocol):
    """`object.__reduce_ex__`'s own reduction (without an overriding
    `__reduce__`): reduce_newobj from protocol 2, else copyreg._reduce_ex."""
    if protocol >= 2:
        return _reduce(x)
    cls = type(x)
    base = _builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(x)
    args = (cls, base, state)
    getstate = getattr(x, '__getstate__', None)
    if getstate is None:
        d = getattr(x, '__dict__', None)
    else:
        if (getattr(cls, '__getstate__', None) is object.__getstate__
                and getattr(x, '__slots__', None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        d = getstate()
    if d:
        return _reconstructor, args, d
    return _reconstructor, args


def _getstate_default(x):
    """`object.__getstate__()`: the instance dict itself (None when it is
    empty), paired with the set `__slots__` values when there are any."""
    d = getattr(x, '__dict__', None)
    state = d if d else None
    slots = _slot_state(type(x), x)
    if slots:
        state = (state, slots)
    return state


def _builtin_base(cls):
    for c in cls.__mro__:
        if c.__module__ == 'builtins':
            return c
    return object


def _has_slots(cls):
    return any('__slots__' in c.__dict__ for c in cls.__mro__)


def _reconstruct(x, memo):
    reduce_ex = getattr(type(x), '__reduce_ex__', None)
    reduce = getattr(type(x), '__reduce__', None)
    if reduce_ex is not None:
        rv = x.__reduce_ex__(4)
    elif reduce is not None:
        rv = x.__reduce__()
    else:
        rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _rebuild(x, memo, *rv)


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """copy.py's `_reconstruct`: a new object from a reduction."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y

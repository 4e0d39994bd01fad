"""Data classes (arenapy's own, minimal implementation of dataclasses)."""

MISSING = object()


class FrozenInstanceError(AttributeError):
    pass


class _KW_ONLY_TYPE:
    def __repr__(self):
        return 'dataclasses.KW_ONLY'


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return f'dataclasses.InitVar[{getattr(self.type, "__name__", self.type)!s}]'


class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, init=True,
                 repr=True, compare=True, kw_only=MISSING, metadata=None, hash=None):
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError('cannot specify both default and default_factory')
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.hash = hash
        self.kw_only = kw_only
        self.metadata = {} if metadata is None else metadata
        self._initvar = False

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},'
                f'repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},'
                f'metadata={self.metadata!r},kw_only={self.kw_only!r},_field_type=_FIELD)')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    return Field(default, default_factory, init, repr, compare, kw_only, metadata, hash)


def _classvar(a):
    if isinstance(a, str):
        return a.startswith(('ClassVar', 'typing.ClassVar'))
    return type(a).__name__ == '_Special' and getattr(a, '_name', None) == 'ClassVar'


def _initvar(a):
    if isinstance(a, str):
        return a.startswith(('InitVar', 'dataclasses.InitVar'))
    return a is InitVar or isinstance(a, InitVar)


def fields(obj):
    try:
        flds = obj.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if not f._initvar)


def _formatannotation(a):
    """inspect.formatannotation, as a signature prints a parameter's type."""
    if getattr(a, '__module__', None) == 'typing':
        return repr(a).replace('typing.', '')
    if isinstance(a, type) and not hasattr(a, '__origin__'):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return repr(a)


def _doc_signature(cls, flds):
    """`str(inspect.signature(cls))` for the generated __init__, which
    CPython makes the docstring of a dataclass without one."""
    params = []
    star = False
    for f in flds.values():
        if not f.init:
            continue
        if f.kw_only and not star:
            params.append('*')
            star = True
        text = f'{f.name}: {_formatannotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        params.append(text)
    return f"{cls.__name__}({', '.join(params)})"


def _process(cls, init, repr_, eq, order, frozen, kw_only=False, unsafe_hash=False, match_args=True):
    explicit_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = not (explicit_hash is MISSING
                         or (explicit_hash is None and '__eq__' in cls.__dict__))
    ann = cls.__dict__.get('__annotations__', {})
    flds = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, '__dataclass_fields__', {}).values():
            flds[f.name] = f
    kw_default = kw_only
    for name, tp in ann.items():
        if tp is KW_ONLY or isinstance(tp, _KW_ONLY_TYPE):
            kw_default = True
            continue
        if _classvar(tp):
            continue
        value = cls.__dict__.get(name, MISSING)
        if isinstance(value, Field):
            f = value
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            if isinstance(value, (list, dict, set)):
                raise ValueError(f'mutable default {type(value)} for field {name} '
                                 f'is not allowed: use default_factory')
            f = Field(default=value)
        f.name = name
        f.type = tp
        if f.kw_only is MISSING:
            f.kw_only = kw_default
        if _initvar(tp):
            f._initvar = True
            if hasattr(cls, name) and f.default is MISSING:
                delattr(cls, name)
        flds[name] = f
    cls.__dataclass_fields__ = flds
    # (checked after the fields, whose errors come first in CPython)
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    seen_default = False
    for f in flds.values():
        if not f.init or f.kw_only:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument '{f.name}' follows default argument")
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flds.values() if f.init and not f.kw_only)

    if init and '__init__' not in cls.__dict__:
        def __init__(self, *args, **kwargs):
            init_fields = [f for f in flds.values() if f.init and not f.kw_only]
            if len(args) > len(init_fields):
                n = len(init_fields) + 1
                least = 1 + sum(1 for f in init_fields if f.default is MISSING
                                and f.default_factory is MISSING)
                takes = f'from {least} to {n}' if least < n else f'{n}'
                raise TypeError(f'{cls.__qualname__}.__init__() takes {takes} positional '
                                f'argument{"s" if n != 1 else ""} but {len(args) + 1} '
                                f'{"was" if len(args) == 0 else "were"} given')
            for f, v in zip(init_fields, args):
                if f.name in kwargs:
                    raise TypeError(f"{cls.__qualname__}.__init__() got multiple values for "
                                    f"argument '{f.name}'")
                kwargs[f.name] = v
            missing = []
            kw_missing = []
            initvars = []
            for f in flds.values():
                if f.name in kwargs and f.init:
                    v = kwargs.pop(f.name)
                elif f.default is not MISSING:
                    v = f.default
                elif f.default_factory is not MISSING:
                    v = f.default_factory()
                elif not f.init:
                    continue
                else:
                    (kw_missing if f.kw_only else missing).append(f.name)
                    continue
                if f._initvar:
                    initvars.append(v)
                else:
                    object.__setattr__(self, f.name, v)
            for k in kwargs:
                raise TypeError(f"{cls.__qualname__}.__init__() got an unexpected keyword "
                                f"argument '{k}'")
            kind = 'positional'
            if not missing and kw_missing:
                missing = kw_missing
                kind = 'keyword-only'
            if missing:
                listed = [repr(m) for m in missing]
                if len(listed) > 1:
                    text = ', '.join(listed[:-1]) + ' and ' + listed[-1]
                else:
                    text = listed[0]
                s = 's' if len(missing) > 1 else ''
                raise TypeError(f'{cls.__qualname__}.__init__() missing {len(missing)} required '
                                f'{kind} argument{s}: {text}')
            post = getattr(self, '__post_init__', None)
            if post is not None:
                post(*initvars)
        __init__.__qualname__ = cls.__qualname__ + '.__init__'
        cls.__init__ = __init__

    if cls.__dict__.get('__doc__') is None:
        try:
            cls.__doc__ = _doc_signature(cls, flds)
        except (TypeError, ValueError):
            cls.__doc__ = ''

    if repr_ and '__repr__' not in cls.__dict__:
        def __repr__(self):
            parts = [f'{f.name}={getattr(self, f.name)!r}' for f in flds.values()
                     if f.repr and not f._initvar]
            return f'{type(self).__qualname__}({", ".join(parts)})'
        cls.__repr__ = __repr__

    def astuple_(self):
        return tuple([getattr(self, f.name) for f in flds.values()
                      if f.compare and not f._initvar])

    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return astuple_(self) == astuple_(other)
            return NotImplemented
        cls.__eq__ = __eq__

    if order:
        def make(op):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return op(astuple_(self), astuple_(other))
                return NotImplemented
            return compare
        cls.__lt__ = make(lambda a, b: a < b)
        cls.__le__ = make(lambda a, b: a <= b)
        cls.__gt__ = make(lambda a, b: a > b)
        cls.__ge__ = make(lambda a, b: a >= b)

    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field '{name}'")

        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field '{name}'")
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    def __hash__(self):
        return hash(astuple_(self))
    if unsafe_hash or (eq and frozen and not explicit_hash):
        cls.__hash__ = __hash__
    elif eq and not frozen and not explicit_hash:
        cls.__hash__ = None
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False):
    def wrap(cls):
        return _process(cls, init, repr, eq, order, frozen, kw_only, unsafe_hash, match_args)
    if cls is None:
        return wrap
    return wrap(cls)


def asdict(obj):
    if hasattr(type(obj), '__dataclass_fields__'):
        return {f.name: asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, list):
        return [asdict(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple([asdict(v) for v in obj])
    if isinstance(obj, dict):
        return {asdict(k): asdict(v) for k, v in obj.items()}
    return obj


def astuple(obj):
    if hasattr(type(obj), '__dataclass_fields__'):
        return tuple([astuple(getattr(obj, f.name)) for f in fields(obj)])
    if isinstance(obj, list):
        return [astuple(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple([astuple(v) for v in obj])
    if isinstance(obj, dict):
        return {astuple(k): astuple(v) for k, v in obj.items()}
    return obj


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

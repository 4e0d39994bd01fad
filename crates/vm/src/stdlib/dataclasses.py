"""Data classes (arenapy's own, minimal implementation of dataclasses)."""

MISSING = object()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, init=True,
                 repr=True, compare=True):
        self.name = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=False):
    return Field(default, default_factory, init, repr, compare)


def fields(obj):
    return tuple(obj.__dataclass_fields__.values())


def _process(cls, init, repr_, eq, order, frozen, match_args=True):
    ann = cls.__dict__.get('__annotations__', {})
    flds = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, '__dataclass_fields__', {}).values():
            flds[f.name] = f
    for name in ann:
        value = getattr(cls, name, MISSING)
        if isinstance(value, Field):
            f = value
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            f = Field(default=value)
        f.name = name
        flds[name] = f
    cls.__dataclass_fields__ = flds
    names = list(flds)
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flds.values() if f.init)
    seen_default = False
    for f in flds.values():
        if f.init and (f.default is not MISSING or f.default_factory is not MISSING):
            seen_default = True
        elif f.init and seen_default:
            raise TypeError(f"non-default argument '{f.name}' follows default argument")

    if init and '__init__' not in cls.__dict__:
        def __init__(self, *args, **kwargs):
            init_fields = [f for f in flds.values() if f.init]
            if len(args) > len(init_fields):
                raise TypeError(f'{cls.__name__}.__init__() takes {len(init_fields) + 1} '
                                f'positional arguments but {len(args) + 1} were given')
            for f, v in zip(init_fields, args):
                if f.name in kwargs:
                    raise TypeError(f"{cls.__name__}.__init__() got multiple values for "
                                    f"argument '{f.name}'")
                kwargs[f.name] = v
            missing = []
            for f in flds.values():
                if f.name in kwargs and f.init:
                    v = kwargs.pop(f.name)
                elif f.default is not MISSING:
                    v = f.default
                elif f.default_factory is not MISSING:
                    v = f.default_factory()
                else:
                    missing.append(f.name)
                    continue
                object.__setattr__(self, f.name, v)
            for k in kwargs:
                raise TypeError(f"{cls.__name__}.__init__() got an unexpected keyword "
                                f"argument '{k}'")
            if missing:
                listed = [repr(m) for m in missing]
                if len(listed) > 1:
                    text = ', '.join(listed[:-1]) + ' and ' + listed[-1]
                else:
                    text = listed[0]
                s = 's' if len(missing) > 1 else ''
                raise TypeError(f'{cls.__name__}.__init__() missing {len(missing)} required '
                                f'positional argument{s}: {text}')
            post = getattr(self, '__post_init__', None)
            if post is not None:
                post()
        __init__.__qualname__ = cls.__qualname__ + '.__init__'
        cls.__init__ = __init__

    if repr_ and '__repr__' not in cls.__dict__:
        def __repr__(self):
            parts = [f'{f.name}={getattr(self, f.name)!r}' for f in flds.values() if f.repr]
            return f'{type(self).__qualname__}({", ".join(parts)})'
        cls.__repr__ = __repr__

    def astuple_(self):
        return tuple([getattr(self, f.name) for f in flds.values() if f.compare])

    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return astuple_(self) == astuple_(other)
            return NotImplemented
        cls.__eq__ = __eq__
        if not frozen:
            cls.__hash__ = None

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
        if eq:
            cls.__hash__ = lambda self: hash(astuple_(self))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False):
    def wrap(cls):
        return _process(cls, init, repr, eq, order, frozen, match_args)
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
    return tuple([getattr(obj, f.name) for f in fields(obj)])


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

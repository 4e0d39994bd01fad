"""Type hints (arenapy's own, minimal implementation of typing).

Enough for annotations and aliases: every name supports subscription
(`List[int]`, `Dict[str, int]`, `Optional[X]`, `Callable[[int], str]`) and
has a readable repr; nothing is checked at run time.
"""

import collections as _collections


class _Special:
    __slots__ = ('_name', '_origin', '_args')

    def __init__(self, name, origin=None, args=()):
        self._name = name
        self._origin = origin
        self._args = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Special(self._name, self._origin, params)

    def __call__(self, *args, **kwargs):
        if self._origin is None:
            raise TypeError(f'Type {self._name} cannot be instantiated')
        return self._origin(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self._origin,) if self._origin is not None else ()

    @property
    def __origin__(self):
        return self._origin

    @property
    def __args__(self):
        return self._args

    def __repr__(self):
        if not self._args:
            return f'typing.{self._name}'
        return f'typing.{self._name}[{", ".join(map(_type_repr, self._args))}]'

    def __eq__(self, other):
        if not isinstance(other, _Special):
            return NotImplemented
        return self._name == other._name and self._args == other._args

    def __hash__(self):
        return hash((self._name, self._args))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return self._origin is not None and isinstance(obj, self._origin)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[' + ', '.join(map(_type_repr, obj)) + ']'
    return repr(obj)


Any = _Special('Any')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Union = _Special('Union')
Optional = _Special('Optional')
Literal = _Special('Literal')
Callable = _Special('Callable')
List = _Special('List', list)
Dict = _Special('Dict', dict)
Set = _Special('Set', set)
FrozenSet = _Special('FrozenSet', frozenset)
Tuple = _Special('Tuple', tuple)
Type = _Special('Type', type)
DefaultDict = _Special('DefaultDict', _collections.defaultdict)
OrderedDict = _Special('OrderedDict', _collections.OrderedDict)
Counter = _Special('Counter', _collections.Counter)
Deque = _Special('Deque', _collections.deque)
ChainMap = _Special('ChainMap', _collections.ChainMap)
Iterable = _Special('Iterable')
Iterator = _Special('Iterator')
Generator = _Special('Generator')
Sequence = _Special('Sequence')
MutableSequence = _Special('MutableSequence')
Mapping = _Special('Mapping')
MutableMapping = _Special('MutableMapping')
AbstractSet = _Special('AbstractSet')
MutableSet = _Special('MutableSet')
Collection = _Special('Collection')
Container = _Special('Container')
Hashable = _Special('Hashable')
Sized = _Special('Sized')
Reversible = _Special('Reversible')
Awaitable = _Special('Awaitable')
Coroutine = _Special('Coroutine')
AsyncIterator = _Special('AsyncIterator')
AsyncIterable = _Special('AsyncIterable')
SupportsInt = _Special('SupportsInt')
SupportsFloat = _Special('SupportsFloat')
SupportsAbs = _Special('SupportsAbs')
SupportsIndex = _Special('SupportsIndex')
IO = _Special('IO')
TextIO = _Special('TextIO')
Pattern = _Special('Pattern')
Match = _Special('Match')
Annotated = _Special('Annotated')
TypeAlias = _Special('TypeAlias')
Self = _Special('Self')
LiteralString = _Special('LiteralString')
Text = str
AnyStr = _Special('AnyStr')
TYPE_CHECKING = False


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


class _GenericAlias:
    """`Box[int]` for a user class `Box(Generic[T])`: calls make a `Box`."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params)

    def __repr__(self):
        return f'{_type_repr(self.__origin__)}[{", ".join(map(_type_repr, self.__args__))}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)


class Protocol(Generic):
    __slots__ = ()


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class NamedTuple(tuple):
    """Typed namedtuple: `class P(NamedTuple): x: int; y: int = 0`, or
    `NamedTuple('P', [('x', int), ('y', int)])`.

    (arenapy has no metaclasses: a class statement's subclass is turned
    into a namedtuple class in place by __init_subclass__.)
    """

    __slots__ = ()

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            raise TypeError(f'{cls.__name__} has no fields')
        if fields is None:
            fields = list(kwargs.items())
        nt = _collections.namedtuple(typename, [f[0] for f in fields])
        nt.__annotations__ = {n: t for n, t in fields}
        return nt

    def __init_subclass__(cls, **kwargs):
        if NamedTuple not in cls.__bases__:
            return
        own = cls.__dict__
        ann = own.get('__annotations__', {})
        defaults = {}
        for name in ann:
            if name in own:
                defaults[name] = own[name]
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot "
                                f"follow default field{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(defaults)}")
        import _namedtuple
        ns = _namedtuple._namespace(cls.__name__, tuple(ann), defaults)
        for key, value in ns.items():
            setattr(cls, key, value)


def TypedDict(typename, fields=None, *, total=True, **kwargs):
    return dict

"""collections.namedtuple for arenapy.

arenapy cannot subclass tuple yet, so a namedtuple class is an ordinary
class whose instances keep their fields as attributes and behave like
tuples: indexing, slicing, len, iteration and unpacking, comparison and
equality with tuples, hashing like the tuple of the fields.
"""

import sys as _sys


class _TupleLike:
    _fields = ()
    _field_defaults = {}

    def __init__(self, *args, **kwargs):
        fields = self._fields
        n = len(fields)
        if len(args) > n:
            raise TypeError(f"{type(self).__name__}.__new__() takes {n + 1} positional "
                            f"arguments but {len(args) + 1} were given")
        values = list(args)
        missing = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in self._field_defaults:
                values.append(self._field_defaults[name])
            else:
                missing.append(name)
                values.append(None)
        for name in kwargs:
            if name in fields:
                raise TypeError(f"{type(self).__name__}.__new__() got multiple values "
                                f"for argument '{name}'")
            raise TypeError(f"{type(self).__name__}.__new__() got an unexpected keyword "
                            f"argument '{name}'")
        if missing:
            names = [repr(m) for m in missing]
            if len(names) == 1:
                listed = names[0]
            else:
                listed = ', '.join(names[:-1]) + ' and ' + names[-1]
            s = 's' if len(names) > 1 else ''
            raise TypeError(f"{type(self).__name__}.__new__() missing {len(names)} required "
                            f"positional argument{s}: {listed}")
        for name, value in zip(fields, values):
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def _tuple(self):
        return tuple([getattr(self, name) for name in self._fields])

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(values)}')
        return cls(*values)

    def _replace(self, **kwds):
        values = [kwds.pop(name, getattr(self, name)) for name in self._fields]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return type(self)(*values)

    def _asdict(self):
        return {name: getattr(self, name) for name in self._fields}

    def __repr__(self):
        inner = ', '.join([f'{name}={getattr(self, name)!r}' for name in self._fields])
        return f'{type(self).__name__}({inner})'

    def __getnewargs__(self):
        return self._tuple()

    def __iter__(self):
        return iter(self._tuple())

    def __len__(self):
        return len(self._fields)

    def __getitem__(self, i):
        return self._tuple()[i]

    def __contains__(self, x):
        return x in self._tuple()

    def count(self, x):
        return self._tuple().count(x)

    def index(self, x, *args):
        return self._tuple().index(x, *args)

    def __hash__(self):
        return hash(self._tuple())

    def __eq__(self, other):
        if isinstance(other, _TupleLike):
            return self._tuple() == other._tuple()
        if isinstance(other, tuple):
            return self._tuple() == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        o = _as_tuple(other)
        return NotImplemented if o is None else self._tuple() < o

    def __le__(self, other):
        o = _as_tuple(other)
        return NotImplemented if o is None else self._tuple() <= o

    def __gt__(self, other):
        o = _as_tuple(other)
        return NotImplemented if o is None else self._tuple() > o

    def __ge__(self, other):
        o = _as_tuple(other)
        return NotImplemented if o is None else self._tuple() >= o

    def __add__(self, other):
        o = _as_tuple(other)
        if o is None:
            return NotImplemented
        return self._tuple() + o

    def __radd__(self, other):
        o = _as_tuple(other)
        if o is None:
            return NotImplemented
        return o + self._tuple()

    def __mul__(self, n):
        return self._tuple() * n

    __rmul__ = __mul__


def _as_tuple(x):
    if isinstance(x, _TupleLike):
        return x._tuple()
    if isinstance(x, tuple):
        return x
    return None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name.startswith('_') or name in seen
                    or name in _KEYWORDS):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))
    if module is None:
        module = _caller_module()
    ns = {
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__slots__': (),
        '_fields': tuple(field_names),
        '_field_defaults': field_defaults,
        '__match_args__': tuple(field_names),
        '__module__': module,
        '__qualname__': typename,
    }
    return type(typename, (_TupleLike,), ns)


def _caller_module():
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])

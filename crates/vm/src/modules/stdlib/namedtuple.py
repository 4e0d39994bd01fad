"""collections.namedtuple for arenapy.

A namedtuple class is a real subclass of tuple (as in CPython): its
instances are tuples, the fields are read-only properties over the items,
and the repr names the fields.
"""

import sys as _sys


def _field_getter(index, doc):
    def fget(self):
        return tuple.__getitem__(self, index)
    return property(fget, _no_set, _no_delete, doc)


def _no_set(self, value):
    raise AttributeError("can't set attribute")


def _no_delete(self):
    raise AttributeError("can't delete attribute")


def _make_new(typename, fields, field_defaults):
    n = len(fields)

    def __new__(cls, *args, **kwargs):
        if not kwargs and len(args) == n:
            return tuple.__new__(cls, args)
        if len(args) > n:
            low = n - len(field_defaults) + 1
            takes = f"{n + 1}" if low == n + 1 else f"from {low} to {n + 1}"
            raise TypeError(f"{typename}.__new__() takes {takes} positional "
                            f"arguments but {len(args) + 1} were given")
        values = list(args)
        missing = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        for name in kwargs:
            if name in fields:
                raise TypeError(f"{typename}.__new__() got multiple values "
                                f"for argument '{name}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword "
                            f"argument '{name}'")
        if missing:
            names = [repr(m) for m in missing]
            if len(names) == 1:
                listed = names[0]
            else:
                listed = ', '.join(names[:-1]) + ' and ' + names[-1]
            s = 's' if len(names) > 1 else ''
            raise TypeError(f"{typename}.__new__() missing {len(names)} required "
                            f"positional argument{s}: {listed}")
        return tuple.__new__(cls, values)

    return __new__


@classmethod
def _make(cls, iterable):
    result = tuple.__new__(cls, iterable)
    if len(result) != len(cls._fields):
        raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(result)}')
    return result


def _replace(self, /, **kwds):
    result = self._make([kwds.pop(name) if name in kwds else v
                         for name, v in zip(self._fields, self)])
    if kwds:
        raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
    return result


def __repr__(self):
    inner = ', '.join([f'{name}={value!r}' for name, value in zip(self._fields, self)])
    return f'{self.__class__.__name__}({inner})'


def _asdict(self):
    return dict(zip(self._fields, self))


def __getnewargs__(self):
    return tuple(self)


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
    fields = tuple(field_names)
    ns = _namespace(typename, fields, field_defaults)
    ns['__doc__'] = f'{typename}({", ".join(field_names)})'
    ns['__module__'] = module
    ns['__qualname__'] = typename
    return type(typename, (tuple,), ns)


def _namespace(typename, fields, field_defaults):
    """The attributes of a namedtuple class with these fields."""
    ns = {
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': _make_new(typename, fields, field_defaults),
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        ns[name] = _field_getter(index, f'Alias for field number {index}')
    return ns


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

"""The types module (arenapy's own): the names of built-in types, and
GenericAlias, what subscripting a built-in container class makes
(`list[int]`), after CPython 3.11's Objects/genericaliasobject.c."""

import sys as _sys


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(_f)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type(len)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
CodeType = type(_f.__code__)
SimpleNamespace = type(_sys.implementation)
del _f, _g, _C

# What GenericAlias answers itself; every other attribute is the origin's.
_ATTR_EXCEPTIONS = frozenset((
    '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
    '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__',
    '__reduce__', '__copy__', '__deepcopy__',
))


def _repr_item(p):
    if p is Ellipsis:
        return '...'
    if hasattr(p, '__origin__') and hasattr(p, '__args__'):
        return repr(p)
    qualname = getattr(p, '__qualname__', None)
    if qualname is None:
        return repr(p)
    module = getattr(p, '__module__', None)
    if module is None:
        return repr(p)
    if module == 'builtins':
        return str(qualname)
    return f'{module}.{qualname}'


def _is_typevar(t):
    return type(t).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple') or \
        hasattr(t, '__typing_subst__')


def _make_parameters(args):
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if _is_typevar(t):
            if t not in params:
                params.append(t)
            continue
        sub = getattr(t, '__parameters__', None)
        if isinstance(sub, tuple):
            for p in sub:
                if p not in params:
                    params.append(p)
    return tuple(params)


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    __slots__ = ('__origin__', '__args__', '__parameters__')

    def __new__(cls, origin, args, /):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', _make_parameters(args))
        return self

    def __getattribute__(self, name):
        if name in _ATTR_EXCEPTIONS:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '__origin__'), name)

    def __repr__(self):
        args = self.__args__
        inner = ', '.join(map(_repr_item, args)) if args else '()'
        return f'{_repr_item(self.__origin__)}[{inner}]'

    def __call__(self, *args, **kwargs):
        obj = self.__origin__(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return obj

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __ne__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return not (self.__origin__ == other.__origin__ and self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, item):
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self!r} is not a generic class')
        items = item if isinstance(item, tuple) else (item,)
        if len(items) != len(params):
            raise TypeError(
                f"Too {'many' if len(items) > len(params) else 'few'} arguments for "
                f'{self!r}; actual {len(items)}, expected {len(params)}')
        subst = dict(zip(params, items))
        new = []
        for a in self.__args__:
            if isinstance(a, type):
                new.append(a)
            elif _is_typevar(a):
                new.append(subst[a])
            else:
                sub = getattr(a, '__parameters__', None)
                if isinstance(sub, tuple) and sub:
                    picked = tuple(subst[p] for p in sub)
                    new.append(a[picked if len(picked) != 1 else picked[0]])
                else:
                    new.append(a)
        return GenericAlias(self.__origin__, tuple(new))

    def __reduce__(self):
        return (GenericAlias, (self.__origin__, self.__args__))

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | set(_ATTR_EXCEPTIONS))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)


def _unionable(o):
    return o is None or isinstance(o, (type, GenericAlias, UnionType))


def _union_items(o):
    if o is None:
        return (NoneType,)
    if isinstance(o, UnionType):
        return o.__args__
    return (o,)


def _same(a, b):
    if isinstance(a, GenericAlias) and isinstance(b, GenericAlias):
        return a == b
    return a is b


def _union_or(a, b):
    """`a | b` of types (CPython's `_Py_union_type_or`)."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    left = _union_items(a)
    items = list(left)
    for t in _union_items(b):
        if not any(_same(x, t) for x in items):
            items.append(t)
    if len(items) == len(left):
        return a
    u = object.__new__(UnionType)
    object.__setattr__(u, '__args__', tuple(items))
    return u


def _union_repr_item(p):
    if p is NoneType:
        return 'None'
    return _repr_item(p)


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __slots__ = ('__args__',)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return ' | '.join(map(_union_repr_item, self.__args__))

    @property
    def __parameters__(self):
        return _make_parameters(self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __ne__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) != set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)




# Creating classes dynamically: CPython's own Python code (Lib/types.py),
# so the metaclass is found and called as a class statement would.

def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i+shift:i+shift+1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner

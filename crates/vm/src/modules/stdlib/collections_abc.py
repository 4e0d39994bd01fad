"""collections.abc for arenapy: the abstract container classes, as plain
classes. isinstance() against them checks for the protocol methods."""

__all__ = ['Iterable', 'Iterator', 'Generator', 'Sized', 'Container',
           'Callable', 'Collection', 'Sequence', 'MutableSequence', 'Mapping',
           'MutableMapping', 'Set', 'MutableSet', 'Hashable', 'Reversible']


class Hashable:
    pass


class Iterable:
    pass


class Iterator(Iterable):
    pass


class Reversible(Iterable):
    pass


class Generator(Iterator):
    pass


class Sized:
    pass


class Container:
    pass


class Callable:
    pass


class Collection(Sized, Iterable, Container):
    pass


class Sequence(Reversible, Collection):
    __abc_tpflags__ = 1 << 5  # Py_TPFLAGS_SEQUENCE: matches sequence patterns


class MutableSequence(Sequence):
    pass


class Set(Collection):
    pass


class MutableSet(Set):
    pass


class Mapping(Collection):
    __abc_tpflags__ = 1 << 6  # Py_TPFLAGS_MAPPING: matches mapping patterns


class MutableMapping(Mapping):
    pass


class MappingView(Sized):
    pass


class KeysView(MappingView, Set):
    pass


class ItemsView(MappingView, Set):
    pass


class ValuesView(MappingView, Collection):
    pass

"""Abstract base classes (arenapy's own implementation of abc).

arenapy has no metaclasses, so ABC is an ordinary base class whose
__init_subclass__ computes __abstractmethods__ as ABCMeta.__new__ does;
setting it to a non-empty set makes object.__new__ refuse the class.
(`metaclass=ABCMeta` without ABC as a base enforces nothing.)
"""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstracts(cls):
    names = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


def update_abstractmethods(cls):
    cls.__abstractmethods__ = _abstracts(cls)
    return cls


class ABC:
    __slots__ = ()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _abstracts(cls)


ABCMeta = type


def abstractproperty(f):
    return property(abstractmethod(f))


abstractclassmethod = classmethod
abstractstaticmethod = staticmethod

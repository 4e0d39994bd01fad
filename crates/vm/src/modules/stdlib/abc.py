"""Abstract base classes (arenapy's own implementation of abc).

ABCMeta.__new__ computes __abstractmethods__ as CPython's does; setting
it to a non-empty set makes object.__new__ refuse the class. Virtual
subclasses (`register`) are kept in a plain list per class and answer
isinstance/issubclass through __instancecheck__ / __subclasscheck__, which
consult `__subclasshook__`, the MRO, the registry and the subclasses as
CPython does, and remember each answer (positive and negative caches of
weak references, the negative ones dropped by any later `register`).
"""

import _weakref


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


# Bumped by every register(): the negative caches made before it are
# stale (CPython's abc_invalidation_counter).
_abc_invalidation_counter = 0


def _cached(cache, subclass):
    # The caches map id(class) to a weak reference to it (CPython keeps
    # WeakSets): a dead class's id may be reused, so the reference must
    # still lead to `subclass`.
    r = cache.get(id(subclass))
    return r is not None and r() is subclass


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts(cls)
        cls._abc_registry = []
        cls._abc_cache = {}
        cls._abc_negative_cache = {}
        cls._abc_negative_cache_version = _abc_invalidation_counter
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        global _abc_invalidation_counter
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        d = cls.__dict__
        cache = d.get("_abc_cache")
        if cache is None:
            return _abc_subclasscheck(cls, subclass)
        if _cached(cache, subclass):
            return True
        negative = d["_abc_negative_cache"]
        if d["_abc_negative_cache_version"] < _abc_invalidation_counter:
            negative.clear()
            cls._abc_negative_cache_version = _abc_invalidation_counter
        elif _cached(negative, subclass):
            return False
        ok = _abc_subclasscheck(cls, subclass)
        (cache if ok else negative)[id(subclass)] = _weakref.ref(subclass)
        return ok


def _abc_subclasscheck(cls, subclass):
    # CPython's _abc__abc_subclasscheck_impl past its caches, in its order:
    # the hook, the MRO, the classes registered here, then (recursively)
    # the subclasses, so a class registered with a sub-ABC is a subclass of
    # its bases (int, registered with Integral, is a Number).
    hook = getattr(cls, "__subclasshook__", None)
    ok = NotImplemented if hook is None else hook(subclass)
    if ok is not NotImplemented:
        return bool(ok)
    if cls in subclass.__mro__:
        return True
    for rcls in cls.__dict__.get("_abc_registry", ()):
        if issubclass(subclass, rcls):
            return True
    for scls in cls.__subclasses__():
        if issubclass(subclass, scls):
            return True
    return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def abstractproperty(f):
    return property(abstractmethod(f))


abstractclassmethod = classmethod
abstractstaticmethod = staticmethod

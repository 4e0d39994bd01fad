"""Abstract base classes (arenapy's own implementation of abc).

arenapy has no metaclasses, so ABC is an ordinary base class: instantiating
a class with abstract methods left is not refused.
"""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABC:
    __slots__ = ()


ABCMeta = type


def abstractproperty(f):
    return property(abstractmethod(f))


abstractclassmethod = classmethod
abstractstaticmethod = staticmethod

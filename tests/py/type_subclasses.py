# type.__subclasses__(): CPython's tp_subclasses, a dict in each base of
# weak references to the classes naming it, in the order they were made;
# a class leaves it when it dies, and __bases__ assignment moves it.
import gc
gc.disable()  # only the explicit collections below (also under gc stress)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), type.__subclasses__(A), B.__subclasses__(), C.__subclasses__())
print([c.__name__ for c in object.__subclasses__() if c.__module__ == '__main__'])
del C
print(A.__subclasses__(), gc.collect())
del D
gc.collect()
print(A.__subclasses__(), B.__subclasses__())
class E: pass
B.__bases__ = (E,)
print(A.__subclasses__(), E.__subclasses__())
class I(int): pass
print(I in int.__subclasses__())
def f():
    class L: pass
    return L
for i in range(5):
    f()
print(gc.collect(), [c.__name__ for c in object.__subclasses__() if c.__module__ == '__main__'])

# A class collected with a cycle through its instance leaves its base's
# table too.
def g():
    class K(A):
        pass
    K.me = K()
g()
print(A.__subclasses__())
gc.collect()
print(A.__subclasses__())

# Built-in types list the built-in types below them first.
print(bool in int.__subclasses__(), [c.__name__ for c in ArithmeticError.__subclasses__()])
class MyInt(int):
    pass
print(int.__subclasses__()[-1].__name__, bool.__subclasses__())

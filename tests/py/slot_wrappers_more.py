# Slot wrappers CPython's built-in types have in their namespaces: complex
# arithmetic, __bool__ of None/range/complex, set iteration and reflected
# set operators, str/bytes __rmod__, dict __ior__/__ror__/__reversed__,
# list __reversed__, __getnewargs__, __class_getitem__, bytes.__bytes__,
# type.__instancecheck__/__subclasscheck__.
z = 1 + 2j
print(z.__add__(1), z.__radd__(2.5), z.__sub__(1j), z.__rsub__(1), z.__mul__(2), z.__rmul__(1j))
print(z.__truediv__(2), z.__rtruediv__(1), z.__pow__(2), z.__rpow__(2), z.__pow__(2, None))
print(z.__add__('x'), z.__add__([]), z.__neg__(), z.__pos__(), z.__abs__(), (0j).__bool__(), z.__bool__())
print(z.__complex__(), type((1j).__complex__()).__name__)
for bad in (lambda: z.__pow__(2, 3), lambda: z.__truediv__(0), lambda: complex.__add__(1, 2)):
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)


class C(complex):
    def __add__(self, o):
        return ('C.add', super().__add__(o))

    def __abs__(self):
        return ('C.abs', super().__abs__())

    def __bool__(self):
        return not super().__bool__()


print(C(1, 1) + 1, abs(C(3, 4)), bool(C(0)), bool(C(1)), 1 + C(2), C(2) * 2, -C(1, 1))
print(None.__bool__(), range(0).__bool__(), range(3).__bool__())
s = {1, 2, 3}
print(sorted(s.__iter__()), s.__rand__({2, 5}), s.__ror__({9}), s.__rsub__({1, 7}), s.__rxor__({1, 8}))
print(s.__rand__([2]), frozenset({1}).__ror__(frozenset({2})))
print('%s-%s'.__rmod__(1), 'x'.__rmod__('a%sb'), b'x'.__rmod__(b'<%s>'), b'x'.__rmod__('a'))
d = {1: 2, 3: 4}
print(d.__ror__({5: 6}), d.__ror__([1]), list(d.__reversed__()))
d.__ior__([(7, 8)])
print(d, d.__ior__({1: 0}) is d)
try:
    d.__ior__(1)
except TypeError as e:
    print('TypeError', e)
print(list([1, 2, 3].__reversed__()), type([].__reversed__()).__name__)


class L(list):
    def __reversed__(self):
        return iter(['L', *super().__reversed__()])


print(list(reversed(L([1, 2]))))


class I(int):
    pass


print((5).__getnewargs__(), True.__getnewargs__(), I(7).__getnewargs__(), (2.5).__getnewargs__())
print('ab'.__getnewargs__(), b'ab'.__getnewargs__(), (1, 2).__getnewargs__())
print(list.__class_getitem__(int), dict[str, int], tuple.__class_getitem__((int, ...)), set[int], frozenset[str])
print(b'ab'.__bytes__(), type(b'ab'.__bytes__()).__name__)


class B(bytes):
    pass


print(type(B(b'q').__bytes__()).__name__, bytes(B(b'q')))


class Meta(type):
    def __instancecheck__(cls, x):
        print('check', type(x).__name__)
        return super().__instancecheck__(x)

    def __subclasscheck__(cls, sub):
        return super().__subclasscheck__(sub)


class K(metaclass=Meta):
    pass


class K2(K):
    pass


print(isinstance(K2(), K), isinstance(1, K), issubclass(K2, K), issubclass(int, K))
print(type.__instancecheck__(int, 1), type.__subclasscheck__(int, bool), int.__instancecheck__('x'))
try:
    type.__subclasscheck__(int, 1)
except TypeError as e:
    print('TypeError', e)
# (complex.real and range.start on the classes are not attributes here yet)
for t in (object, int, list, str, dict, tuple, bytes, set, frozenset, type(None), bool):
    print(t.__name__, [n for n in dir(t) if not hasattr(t, n)], len(dir(t())))
print(len(dir(range(1))), len(dir(1j)), sorted(set(dir(1j)) - set(dir(complex))))


# Overrides of __bool__ and __abs__ in subclasses of int and float decide,
# and super() reaches the built-in computation.
class BI(int):
    def __bool__(self):
        return not super().__bool__()

    def __abs__(self):
        return ('BI.abs', super().__abs__())


class BF(float):
    def __bool__(self):
        return super().__bool__()

    def __abs__(self):
        return 'BF.abs'


print(bool(BI(0)), bool(BI(3)), abs(BI(-3)), bool(BF(0.0)), abs(BF(-1.0)), not BI(0))
if BI(5):
    print('BI(5) is true')
else:
    print('BI(5) is false')
print(type(None)(), type(NotImplemented)(), type(...)())
for f in (lambda: type(None)(1), lambda: type(None)(x=1), lambda: type(NotImplemented)(1)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

print(float.__getformat__('double'), float.__getformat__('float'))
try: float.__getformat__('x')
except ValueError as e: print(e)
try: float.__getformat__(1)
except TypeError as e: print(e)
print([n for n in dir(float) if not hasattr(float, n)], len(dir(1.5)))

# complex.real/imag and range/slice start/stop/step on the classes; an int
# subclass instance's own attributes in dir().
print(hasattr(complex, 'real'), hasattr(complex, 'imag'), hasattr(range, 'start'), hasattr(slice, 'stop'))
print((1 + 2j).real, range(1, 5, 2).step, slice(1, 2).start)
print([n for n in dir(complex) if not hasattr(complex, n)], [n for n in dir(range) if not hasattr(range, n)])
for f in (lambda: setattr(1j, 'real', 2), lambda: setattr(range(2), 'start', 1)):
    try:
        f()
    except AttributeError as e:
        print('AttributeError')


class IA(int):
    def __init__(self, *a):
        self.q = 2


print('q' in dir(IA(3)), [n for n in dir(IA(3)) if n not in dir(3)])

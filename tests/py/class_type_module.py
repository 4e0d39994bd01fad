# type(name, bases, ns) without `__module__` in ns takes the `__name__`
# of the calling frame's globals (none where they have no `__name__`);
# C.__module__ is the class's own entry, never a base's.
def show(g, src="C = type('C', (), {})"):
    exec(src, g)
    C = g['C']
    try:
        m = C.__module__
    except AttributeError as e:
        m = 'AttributeError ' + str(e)
    print(repr(C), m, '__module__' in C.__dict__)
show({})
show({'__name__': 'mymod'})
show({'__name__': 5})
show({'__name__': None})
show({}, "class C: pass")
show({'__name__': 'q'}, "class C: pass")
show({}, "C = type('C', (), {'__module__': 'given'})")
show({}, "def f():\n    return type('C', (), {})\nC = f()")
show({'__name__': 'zz'}, "C = type.__new__(type, 'C', (), {})")
C = type('C', (), {})
print(repr(C), C.__module__)
import types
M = types.new_class('M')
print(repr(M), M.__module__)
class Meta(type):
    pass
g = {'Meta': Meta}
show(g, "C = Meta('C', (), {})")


class A:
    pass


g = {'A': A}
exec("C = type('C', (A,), {'a': 1})", g)
C = g['C']
print(list(C.__dict__), repr(C))
try:
    print(C.__module__)
except AttributeError as e:
    print('AttributeError', e)
C.__module__ = 'set'
print(repr(C), C.__module__, list(C.__dict__))
D = type('D', (A,), {'a': 1, '__qualname__': 'Q.D'})
print(list(D.__dict__), repr(D), D.__module__)


def body(ns):
    ns['x'] = 5


class KwMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('KwMeta', name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


N = types.new_class('N', (A,), {'metaclass': KwMeta, 'flag': 1}, body)
print(repr(N), N.x, type(N).__name__, N.__module__)
print(types.resolve_bases((A, int)), types.prepare_class('P', (A,))[0].__name__)
try:
    types.new_class('Bad', (KwMeta('X', (), {}), N))
except TypeError as e:
    print('TypeError', e)

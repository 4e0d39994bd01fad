# Found by scripts/fuzz-diff's newcls kind (fifth run): exception __new__
# keywords, frozenset subclasses filled by __new__ only, set and frozenset
# bases conflicting, str()'s keyword message.
tests = '''
print(repr(KeyError.__new__(KeyError, x=1)))
###
class Z(frozenset):
    def __new__(cls, *a):
        return super().__new__(cls)
print(repr(Z([1])))
###
class Z(frozenset):
    pass
print(repr(Z([1])), repr(Z()))
###
class Z(frozenset):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(repr(Z([1, 2])))
###
class A(set):
    __slots__ = ('a',)
class B(frozenset):
    __slots__ = ()
class C(A, B):
    pass
###
class C(set, frozenset): pass
###
class C(list, dict): pass
###
class L(list): pass
class C(L, list): pass
print([c.__name__ for c in C.__mro__])
###
class S(set): pass
class C(S, set): print('ok')
###
print(str.__new__(str, x=1))
###
print(str(x=1))
###
print(str(object='a', errors='strict'))
'''
for src in tests.split('###'):
    try:
        exec(src, {})
    except Exception as e:
        print(type(e).__name__, e)

# Instance layouts: the base with the most slots lays the instances out
# (found by fuzz-diff x6:2551: a base with __slots__ = () first).
tests2 = '''
class A(object):
    __slots__ = ()
class B(object):
    __slots__ = 'a'
class C(A, B):
    pass
c = C()
c.a = 1
print(c.a, type(c).__mro__[1].__name__, hasattr(c, '__dict__'))
###
class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('y',)
class C(A, B): pass
###
class A:
    __slots__ = ('x',)
class B(A):
    __slots__ = ('y',)
class C(A, B): pass
###
class A:
    __slots__ = ('x',)
class B(A):
    __slots__ = ('y',)
class E:
    __slots__ = ()
class C(E, B):
    __slots__ = ('z',)
c = C(); c.x, c.y, c.z = 1, 2, 3
print(c.x, c.y, c.z, B.y.__get__(c), A.x.__get__(c))
###
class A: pass
class B:
    __slots__ = ('b',)
class C(A, B): pass
c = C(); c.b = 5; c.q = 6
print(c.b, c.q)
'''
for src in tests2.split('###'):
    try:
        exec(src, {})
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

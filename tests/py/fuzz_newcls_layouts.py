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

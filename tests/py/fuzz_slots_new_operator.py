# Found by scripts/fuzz-diff (fifth run): __dict__/__weakref__ slots a base
# already gives, object.__new__(object), bytes() argument types,
# operator.countOf/indexOf of a non-iterable.
tests = '''
class A: pass
class B(A): __slots__ = ('__dict__',)
###
class A: pass
class B(A): __slots__ = ('__weakref__',)
###
class B(Exception): __slots__ = ('__dict__',)
###
class B(Exception): __slots__ = ('__weakref__',)
###
class B(int): __slots__ = ('__weakref__',)
###
class B(list): __slots__ = ('__weakref__',)
###
class B(list): __slots__ = ('__dict__', '__dict__')
###
class B: __slots__ = ('a', 'a')
print(B.a)
###
class B(list): __slots__ = ('a', 'a')
###
class B(set): __slots__ = ('__weakref__',)
###
class A: __slots__ = ('__dict__',)
class B(A): __slots__ = ('__dict__',)
###
class B(str): __slots__ = ('__dict__',)
class C(B): __slots__ = ('__dict__',)
###
print(object.__new__(object).__class__)
###
print(bytes.__new__(bytes, 1, 2))
###
import operator
print(operator.countOf(5, 1))
###
import operator
print(operator.indexOf(5, 1))
'''
for src in tests.split('###'):
    try:
        exec(src, {})
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

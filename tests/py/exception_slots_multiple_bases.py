# An exception class with several bases keeps the named slots of the base
# that adds them, even when another base comes first (its layout extends
# CPython's best base; found by fuzz-diff, j3:270 and j3:1210).
class A(Exception):
    __slots__ = ('__weakref__',)


class B(Exception):
    __slots__ = 'a'


class C(A, B):
    pass


c = C("msg")
c.a = 1
print(c.a, c.args, type(c).__mro__[1].__name__, isinstance(c, B))


class A2(object):
    __slots__ = ('__dict__',)


class C2(A2, B):
    pass


c2 = C2()
c2.a = 2
c2.other = 3
print(c2.a, c2.other, sorted(vars(c2)))


class D(B):
    __slots__ = ('b', 'c')


class E(A, D):
    pass


e = E()
e.a, e.b, e.c = 4, 5, 6
print(e.a, e.b, e.c)
del e.b
try:
    e.b
except AttributeError as err:
    print("AttributeError", err)
try:
    raise E("boom")
except B as err:
    print("caught", repr(err), err.args)


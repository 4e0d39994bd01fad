# __slots__ may be any iterable of identifiers (a dict gives its keys);
# private names are mangled; object.__getattribute__/__setattr__/
# __delattr__ called directly refuse a non-str name (no crash).
import math


def t(src):
    try:
        exec(src, {})
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)


t("class N:\n __slots__ = {'a': 'doc'}\nn = N(); n.a = 1; print(n.a, N.__slots__)")
t("class N:\n __slots__ = iter(['a', 'b'])\nn = N(); n.b = 1; print(n.b, type(N.__slots__).__name__)")
t("class N:\n __slots__ = ('a', 1)")
t("class N:\n __slots__ = 5")
t("class N:\n __slots__ = ('a b',)")
t("class N:\n __slots__ = ('',)")
t("class N:\n __slots__ = ('__x',)\n def f(self): self.__x = 2; return self.__x\nprint(N().f(), [k for k in N.__dict__ if 'x' in k])")
t("class _N:\n __slots__ = ('__x', '__y__')\nprint(sorted(k for k in _N.__dict__ if 'x' in k or 'y' in k))")
t("class N:\n __slots__ = frozenset(['a'])\nn = N(); n.a = 3; print(n.a)")
t("class N(Exception):\n __slots__ = {'a': 1}\nn = N(); n.a = 3; print(n.a)")
t("class N:\n __slots__ = (x for x in 'ab')\nn = N(); n.a = 1; n.b = 2; print(n.a + n.b)")
t("class N:\n __slots__ = {'a': 1}\nn = N(); n.b = 1")
t("class N:\n __slots__ = ['a', 'a']")
t("class N:\n __slots__ = {'__dict__': 1}\nn = N(); n.z = 5; print(n.z)")


class A:
    def f(self):
        return super().__getattribute__(5)

    def g(self):
        return super(A, self).__setattr__(5, 1)


class M(type):
    pass


class B(metaclass=M):
    pass


tests = [lambda: A().f(), lambda: A().g(), lambda: object.__delattr__(A(), 5),
         lambda: object.__setattr__(A(), 5, 1), lambda: object.__getattribute__(A(), 5),
         lambda: type.__getattribute__(A, 5), lambda: type.__setattr__(A, 5, 1),
         lambda: type.__delattr__(A, 5), lambda: M.__getattribute__(B, 5),
         lambda: type(math).__getattribute__(math, b'x'), lambda: object.__getattribute__(A(), None),
         lambda: object.__getattribute__(1, 5), lambda: object.__setattr__(1, 5, 1),
         lambda: object.__getattribute__(A, 5), lambda: math.__getattribute__(5),
         lambda: math.__setattr__(5, 1), lambda: (lambda: 0).__getattribute__(5),
         lambda: [].__getattribute__(5), lambda: (1).__setattr__(5, 1)]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

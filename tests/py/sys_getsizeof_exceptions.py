# sys.getsizeof of exceptions (CPython 3.11's PyBaseExceptionObject and the
# families' structs), of a traceback object, and the family fields the
# layouts hold (value, code, errno, lineno, name ...).
import sys

cases = [
    Exception(), ValueError("x"), KeyError(1), OSError(2, "x"), FileNotFoundError(),
    StopIteration(1), SystemExit(1), ImportError("x"), ModuleNotFoundError("x"),
    SyntaxError("x"), IndentationError("x"), NameError("x"), UnboundLocalError(),
    AttributeError("x"), UnicodeError(), UnicodeDecodeError("utf-8", b"x", 0, 1, "bad"),
    UnicodeEncodeError("ascii", "x", 0, 1, "bad"), KeyboardInterrupt(), GeneratorExit(),
    ExceptionGroup("m", [ValueError()]), BaseExceptionGroup("m", [KeyboardInterrupt()]),
]
for e in cases:
    print(type(e).__name__, sys.getsizeof(e))


class E(Exception):
    pass


class F(E):
    pass


class G(OSError):
    pass


print("subclasses", sys.getsizeof(E()), sys.getsizeof(F()), sys.getsizeof(G()))


def fail():
    return 1 / 0


try:
    fail()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print("traceback", sys.getsizeof(tb), tb is e.__traceback__)
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("depth", depth)
    e.note = 1
    print("with dict", sys.getsizeof(e), e.__dict__, e.__dict__ is e.__dict__)

# Family fields are set by __init__ from args, then independent of them.
s = StopIteration(1, 2)
print(s.value, s.args)
s.args = (5,)
print(s.value)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
o = OSError(2, "No such file", "a.txt")
print(o.errno, o.strerror, o.filename, o.filename2, o.args, str(o))
o = OSError(2, "x", "a", None, "b")
print(o.filename2, str(o))
o.errno = 5
print(o.errno, OSError("one").errno, str(OSError(1, 2, 3, 4, 5, 6)))
e = SyntaxError("m", ("f.py", 3, 4, "text", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
print(SyntaxError().msg, SyntaxError("only").lineno)
i = ImportError("msg", name="mod", path="/p")
print(i.msg, i.name, i.path)
u = UnicodeDecodeError("utf-8", b"ab", 0, 1, "bad")
print(u.encoding, u.object, u.start, u.end, u.reason)
a = AttributeError("x", name="n", obj=3)
print(a.name, a.obj)
n = NameError("x", name="v")
print(n.name)
g = ExceptionGroup("msg", [ValueError(1)])
print(g.message, g.exceptions)


class H(StopIteration):
    def __init__(self):
        super().__init__(7)


print(H().value, H().args)
try:
    {}["k"]
except KeyError as e:
    print(repr(e), e.args)

# __slots__ in exception subclasses: a word per name, the weak-reference
# word only without __slots__ or with '__weakref__' in them.
class A(Exception): __slots__ = ()
class B(Exception): __slots__ = ('a',)
class C(Exception): __slots__ = ('a', 'b', '__weakref__')
class D(A): pass
class E(B): __slots__ = ('c',)
class F(OSError): __slots__ = ('x',)
class G(ExceptionGroup): pass
class H(D): pass
for k in (A, B, C, D, E, F, H):
    print(k.__name__, sys.getsizeof(k()))
print("G", sys.getsizeof(G("m", [ValueError()])))
b = B(); b.a = 1; print(b.a)

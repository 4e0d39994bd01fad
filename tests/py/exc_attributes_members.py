# Members of built-in exceptions: name/obj/path, errno subclasses of
# OSError, keyword arguments, __traceback__ objects.
e = AttributeError("m", name="n", obj=3)
print(e.name, e.obj, e.args)
e = ImportError("m", name="n", path="p")
print(e.name, e.path, e.args)
e = NameError("m", name="x")
print(e.name)
for args in [(2, "No such file"), (17, "exists"), (13, "denied"), (1, "perm"), (21, "dir"),
             (20, "notdir"), (99, "other"), ("2", "x"), (2,), (2, "a", "f.txt")]:
    x = OSError(*args)
    print(type(x).__name__, x, x.errno)
print(type(FileNotFoundError(17, "x")).__name__)
for call in [lambda: ValueError("x", y=1), lambda: NameError("x", y=1),
             lambda: AttributeError("x", name="a", other=2)]:
    try:
        call()
    except TypeError as ex:
        print(ex)
try:
    import no_such_module_here
except ImportError as ex:
    print(type(ex).__name__, ex.name, ex)
e = ValueError("v")
e.name = "set"
print(e.name, e.__dict__)
a = AttributeError("z")
a.name = "nm"
print(a.name, a.__dict__)


def inner():
    raise ValueError("x")


def outer():
    inner()


try:
    outer()
except ValueError as ex:
    tb = ex.__traceback__
    print(type(tb).__name__)
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    saved = ex.__traceback__
    print(ex.with_traceback(None) is ex, ex.__traceback__)
    ex.__traceback__ = saved
    print(ex.__traceback__.tb_lineno)
    try:
        ex.__traceback__ = 5
    except TypeError as t:
        print(t)
print(ValueError().__traceback__)

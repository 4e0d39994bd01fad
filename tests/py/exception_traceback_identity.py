# e.__traceback__ is the same object each time; unwinding further adds outer
# traceback objects whose tb_next is the old chain (CPython's PyTraceBack_Here).
def f():
    raise KeyError(1)
def g():
    f()
try:
    g()
except KeyError as e:
    t = e.__traceback__
    print(t is e.__traceback__, t.tb_next is t.tb_next, t.tb_next.tb_lineno)
    inner = t.tb_next.tb_next
    print(inner.tb_lineno, inner.tb_next)
    ex = e
def h():
    try:
        raise ex
    except KeyError as e2:
        t2 = e2.__traceback__
        print(t2.tb_lineno, t2.tb_next is t, t2 is e2.__traceback__)
        raise
try:
    h()
except KeyError as e3:
    t3 = e3.__traceback__
    print(t3.tb_lineno, t3.tb_next.tb_lineno, t3.tb_next.tb_next is t, t3 is e3.__traceback__)
    print(e3.with_traceback(t.tb_next) is e3, e3.__traceback__ is t.tb_next)
    e3.__traceback__ = None
    print(e3.__traceback__)
    e3.__traceback__ = t
    print(e3.__traceback__ is t)
try:
    1/0
except ZeroDivisionError as z:
    a = z.__traceback__
    try:
        raise z
    except ZeroDivisionError as z2:
        b = z2.__traceback__
        print(a is b, b.tb_next is a, a.tb_lineno, b.tb_lineno)
e = ValueError()
print(e.__traceback__)

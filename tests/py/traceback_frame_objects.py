# A traceback refers to the frame object of each frame the exception left
# (made as it was raised, the same object for the frame's other entries),
# and the frame object keeps the frame's variables once it has returned:
# sizes as CPython 3.11's (the frame object holds room for the code's
# locals and CPython's co_stacksize), cycles freed by the collector.
import gc
import sys


def inner(n):
    local = [n] * 3
    raise ValueError(n)


def outer(n):
    try:
        inner(n)
    except ValueError as e:
        return e


e = outer(7)
tb = e.__traceback__
frames = []
while tb is not None:
    frames.append(tb.tb_frame)
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, type(tb.tb_lasti).__name__)
    tb = tb.tb_next
print(sorted(frames[1].f_locals.items()))
print(frames[0].f_locals["n"], "e" in frames[0].f_locals)
print(frames[1].f_back is frames[0], frames[0].f_back.f_code.co_name)
print(sys.getsizeof(e.__traceback__), [sys.getsizeof(f) for f in frames])


# Two exceptions raised in one run of a frame share its frame object.
def twice():
    out = []
    for i in range(2):
        try:
            {}[i]
        except KeyError as k:
            out.append(k)
    return out


a, b = twice()
print(a.__traceback__.tb_frame is b.__traceback__.tb_frame)
print(a.__traceback__.tb_frame.f_locals["i"], a.__traceback__.tb_lineno)


# CPython's co_stacksize, which sizes frame objects and generators: its
# handlers keep the exception they replaced (and `lasti`) on the stack,
# its calls a NULL under the callable, its constant-key dicts one tuple.
def with_stmt(x):
    with x:
        pass


def with_as(x):
    with x as y:
        return y


def try_finally(x):
    try:
        x()
    finally:
        x()


def try_except_as(x):
    try:
        x()
    except ValueError:
        pass
    except TypeError as err:
        x(err)


def nested(x):
    try:
        x()
    except ValueError:
        try:
            x()
        except Exception:
            pass


def gen(x):
    try:
        yield x
    except ValueError:
        pass


def calls(x):
    return x(1, 2, [x, x, (x, x)], k=x)


def const_keys(x):
    return {"a": x, "b": x, "c": x}


def star_call(x):
    return x(*x, **x)


class Base:
    def hello(self):
        return 1


class Derived(Base):
    def hello(self):
        return super().hello() + 1


def method_kw(x):
    return x.method(1, key=2)


for f in (with_stmt, with_as, try_finally, try_except_as, nested, gen, calls,
          const_keys, star_call, Derived.hello, method_kw):
    print(f.__name__, f.__code__.co_stacksize)
print(sys.getsizeof(gen(1)))


# An exception kept in a variable of the frame its traceback names: a
# cycle (exception -> traceback -> frame -> exception). Its args hold a
# list, so the args tuple stays tracked however often the collector runs.
def keep():
    try:
        raise ValueError([])
    except ValueError as exc:
        kept = exc
    return kept


gc.collect()
x = keep()
del x
print(gc.collect())
for i in range(100):
    keep()
print(gc.collect())

import contextlib
from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack, redirect_stdout
import io
import sys


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


@contextmanager
def catching(*types):
    try:
        yield
    except types as e:
        print("caught", type(e).__name__, e)


@contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except Exception:
        store.clear()
        store.update(snapshot)
        print("rolled back")
        raise
    else:
        print("committed")


class Conn:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


@tag("decorated")
def decorated(x):
    print("inside", x)
    return x * 2


def main():
    with tag("html") as t:
        print("got", t)
        with tag("body"):
            print("hello")
    with catching(KeyError, IndexError):
        [][1]
    print("continued")
    try:
        with catching(KeyError):
            1 / 0
    except ZeroDivisionError as e:
        print("escaped", e)
    store = {"a": 1}
    with transaction(store) as s:
        s["b"] = 2
    print(store)
    try:
        with transaction(store) as s:
            s["c"] = 3
            raise ValueError("abort")
    except ValueError:
        pass
    print(store)
    with suppress(FileNotFoundError, KeyError):
        {}["x"]
        print("not reached")
    print("suppressed")
    with nullcontext(42) as v:
        print("null", v)
    with closing(Conn("db")) as c:
        print("using", c.name)
    with ExitStack() as stack:
        conns = [stack.enter_context(closing(Conn(f"c{i}"))) for i in range(3)]
        stack.callback(print, "callback ran", len(conns))
        print("stack body")
    buf = io.StringIO()
    with redirect_stdout(buf):
        print("captured line")
        print("another")
    print("captured:", repr(buf.getvalue()))
    print(decorated(21))
    try:
        with tag("err"):
            raise RuntimeError("inside tag")
    except RuntimeError as e:
        print("propagated", e)

    @contextmanager
    def bad():
        yield 1
        yield 2
    try:
        with bad():
            pass
    except RuntimeError as e:
        print(e)

    @contextmanager
    def noyield():
        if False:
            yield
    try:
        with noyield():
            pass
    except RuntimeError as e:
        print(e)
    with ExitStack() as stack:
        stack.enter_context(suppress(ValueError))
        stack.enter_context(tag("inner"))
        raise ValueError("suppressed by stack")
    print("after stack")
    print(isinstance(nullcontext(), contextlib.AbstractContextManager))


main()

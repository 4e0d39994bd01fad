import sys
import os


class Timer:
    depth = 0

    def __init__(self, label):
        self.label = label
        self.entered = False

    def __enter__(self):
        Timer.depth += 1
        self.entered = True
        print("  " * (Timer.depth - 1) + f"enter {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  " * (Timer.depth - 1) + f"exit {self.label} exc={exc_type.__name__ if exc_type else None}")
        Timer.depth -= 1
        if exc_type is KeyError:
            print("  swallowed", exc)
            return True
        return False


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.opened.append(self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        Resource.opened.remove(self.name)


def process(n):
    results = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            results.append(i * i)
        finally:
            results.append(-i)
    return results


def finally_return():
    try:
        return "try"
    finally:
        print("finally runs before return")


def finally_override():
    try:
        raise ValueError("lost")
    finally:
        return "overridden"


def nested_cleanup():
    log = []
    try:
        try:
            log.append("inner")
            raise RuntimeError("boom")
        except RuntimeError as e:
            log.append(f"caught {e}")
            raise TypeError("converted") from e
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append(f"outer {e} cause={e.__cause__!r}")
    else:
        log.append("else")
    finally:
        log.append("outer finally")
    return log


def main():
    with Timer("a") as t:
        with Timer("b"):
            print("    body", t.entered)
    with Timer("c"):
        {}["nope"]
    print("after c")
    try:
        with Timer("d"):
            1 / 0
    except ZeroDivisionError as e:
        print("propagated:", e)
    with Resource("x") as X, Resource("y") as Y:
        print(X, Y, Resource.opened)
    print(Resource.opened)
    print(process(6))
    print(finally_return())
    print(finally_override())
    for line in nested_cleanup():
        print(line)
    fname = f"tmp_ctx_{os.getpid()}.txt"
    try:
        with open(fname, "w") as f:
            for i in range(5):
                f.write(f"line {i}\n")
            f.writelines(["tail1\n", "tail2\n"])
        print(f.closed)
        with open(fname) as f:
            first = f.readline()
            rest = f.read().splitlines()
        print(repr(first), rest)
        with open(fname, "a") as f:
            print("appended", file=f)
        with open(fname) as f:
            print(sum(1 for _ in f), "lines")
        with open(fname, "rb") as f:
            data = f.read()
        print(len(data), data[:6])
    finally:
        os.remove(fname)
    print(os.path.exists(fname))
    try:
        open(fname)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
    print("done", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

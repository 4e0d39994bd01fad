# Traceback text as the interpreter prints it, through the traceback module:
# recursion collapsed, "Did you mean", notes, chains, tb objects.
import os
import sys
import traceback

here = os.path.dirname(__file__) + os.sep


def f(n):
    return f(n + 1)


def g(n):
    if n:
        return g(n - 1)
    return f(0)


for fn in (lambda: f(0), lambda: g(5)):
    try:
        fn()
    except RecursionError:
        print(traceback.format_exc().replace(here, ""))


class Point:
    def __init__(self):
        self.xcoord = 1


def use(number):
    return numbr + 1


for src in ["prnt('x')", "Point().xcord", "use(1)", "[].apend", "sys.maxsiz", "zzzzzzzz"]:
    try:
        exec(src)
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e, e.name)
        print(traceback.format_exception_only(e))
        print(traceback.format_exc().replace(here, ""))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.add_note("while dividing")
        raise ValueError("bad") from e
except ValueError as e:
    print("".join(traceback.format_exception(e)).replace(here, ""))
    print(e.__cause__.__notes__)
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
    lines = []
    tb = e.__cause__.__traceback__
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    print(sys.exc_info()[2].tb_lineno)
    print(e.with_traceback(None).__traceback__)
print(traceback.format_exc().replace(here, ""))

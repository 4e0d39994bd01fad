# Every built-in checks its arguments as CPython declares them: no extra
# positional arguments or unknown keywords accepted silently.
import math
import gc
import sys


def t(src):
    try:
        r = eval(src)
        print(src, "->", repr(r))
    except TypeError as e:
        print(src, "!!", type(e).__name__, e)


for s in [
    "pow(5, 2, strict=3)", "pow(2, 3, mod=5)", "pow(base=2, exp=3)", "pow(1)", "pow(1, 2, 3, 4)",
    "'abc'.upper(1, 2)", "'a'.upper(x=1)", "[].append()", "[].append(1, 2)", "[].append(x=1)",
    "'a'.count()", "'a'.count(1, 2, 3, 4)", "'a'.count('a', x=1)", "'a'.split(1, 2, 3)",
    "'a'.split(x=1)", "'a'.split(sep=None, maxsplit=1, x=2)", "'a'.split('a', sep='b')",
    "'a b'.split(maxsplit=1)", "len()", "len(1, 2)", "len(x=1)", "divmod(1)", "divmod(1, x=2)",
    "[].insert(1)", "[].insert(1, 2, 3)", "[].pop(1, 2)", "[].sort(1)", "[].sort(k=1)",
    "{}.get()", "{}.get(1, 2, 3)", "{}.get(1, default=2)", "{}.pop()", "{}.setdefault()",
    "(1).to_bytes(1, 'big', x=1)", "(1).bit_length(1)", "True.bit_length(1)", "(1.0).hex(1)",
    "abs()", "abs(1, 2)", "round()", "round(1, 2, 3)", "round(1, nd=2)", "round(2.567, ndigits=1)",
    "sorted()", "sorted([], 1)", "sorted([], x=1)", "sorted([3, 1, 2], reverse=True)",
    "min()", "min(1, x=2)", "max([1, 2], key=None, default=0)", "sum()", "sum([], 0, 1)",
    "sum([1], start=1)", "isinstance(1)", "getattr(1)", "getattr(1, 2, 3, 4)", "iter()",
    "next()", "hash()", "format(1, 2, 3)", "print(x=1)", "'a'.join()", "'a'.encode(1, 2, 3)",
    "'a'.startswith()", "'a'.replace('a')", "set().add()", "set().union(x=1)", "globals(1)",
    "dir(1, 2)", "setattr(1, 2)", "'a'.strip(1, 2)", "'a'.zfill()", "(1,).index()",
    "(1,).count()", "[].copy(1)", "{}.keys(1)", "'a'.splitlines(1, 2)", "str.maketrans()",
    "str.upper('a', 1)", "'a'.expandtabs(1, 2)", "'a'.expandtabs(tabsize=2)", "math.sqrt()",
    "math.sqrt(x=1)", "math.atan2(1)", "math.atan2(1, x=2)", "gc.isenabled(1)",
    "gc.set_threshold(x=1)", "sys.getrecursionlimit(1)", "dict.fromkeys()", "dict.fromkeys(x=1)",
    "exec()", "'{}'.format(1)", "[1, 2].index(2, 0, 5)",
]:
    t(s)

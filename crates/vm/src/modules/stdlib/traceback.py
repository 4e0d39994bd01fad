"""traceback: formatting and printing exceptions as the interpreter does.

A subset of CPython's module on arenapy's `_tb`: format_exception,
format_exception_only, format_exc, print_exception and print_exc. The text is the interpreter's own report (chained
exceptions, "[Previous line repeated N more times]", "Did you mean",
notes); `limit` is not supported (it is accepted and ignored).
"""
import sys
import _tb

__all__ = ["format_exception", "format_exception_only", "format_exc",
           "print_exception", "print_exc"]

_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return None, None
    return value, tb


def _chunks(text):
    """Splits a report into CPython's pieces: the header, one string per
    frame (its File line with the source and caret lines under it), the
    messages between chained exceptions, and the last lines."""
    out = []
    for line in text.splitlines(keepends=True):
        if out and line.startswith("    ") and out[-1].startswith("  File "):
            out[-1] += line
        elif out and (line == "\n" or line.startswith("During handling")
                      or line.startswith("The above exception")) and out[-1].startswith("\n"):
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    return _chunks(_tb.format_exception(value, chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    text = _tb.format_exception(value, False)
    lines = text.splitlines(keepends=True)
    # Drop the traceback part: everything before the exception's own line.
    while lines and (lines[0].startswith("Traceback (most recent call last)")
                     or lines[0].startswith("  ")):
        lines.pop(0)
    return lines


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)

# The boxed tracebacks of exception groups, through the traceback module
# (the same printer as an uncaught exception's).
import traceback


def show(exc):
    # File names relative to this directory: the checkout's path varies.
    here = __file__[: __file__.rfind('/') + 1]
    print(''.join(traceback.format_exception(exc)).replace(here, ''))


def f():
    raise ValueError(1)


def member():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise ValueError('b')
        except ValueError as v:
            return v


def build():
    try:
        f()
    except ValueError as e:
        ve = e
    inner = ExceptionGroup('inner', [TypeError(2), member()])
    inner.add_note('inner note')
    try:
        raise inner
    except ExceptionGroup as e:
        inner = e
    try:
        1 / 0
    except ZeroDivisionError as z:
        try:
            raise ExceptionGroup('top', [ve, inner, OSError(3)]) from z
        except ExceptionGroup as top:
            return top


show(build())

# More than 15 members, more than 10 levels.
wide = ExceptionGroup('wide', [ValueError(i) for i in range(17)])
g = wide
for i in range(12):
    g = ExceptionGroup(f'level{i}', [g, TypeError(i)])
show(g)
show(BaseExceptionGroup('b', [SystemExit(1), ValueError()]))

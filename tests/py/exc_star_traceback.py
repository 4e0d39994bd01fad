# Tracebacks of groups that went through except*: the parts keep the
# original's traceback, exceptions raised in a clause are chained to the
# part being handled, and a new group made of both has no entry for the
# frame of the try.
import traceback


def show(exc):
    # File names relative to this directory: the checkout's path varies.
    here = __file__[: __file__.rfind('/') + 1]
    print(''.join(traceback.format_exception(exc)).replace(here, ''))


def leaf(n):
    if n % 2:
        raise ValueError(n)
    raise TypeError(n)


def gather():
    errors = []
    for i in range(4):
        try:
            leaf(i)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup('outer', [errors[0], ExceptionGroup('inner', errors[1:3]), errors[3]])


def partial():
    try:
        gather()
    except* ValueError as e:
        print('handled', repr(e))


def raising():
    try:
        gather()
    except* ValueError:
        raise KeyError('from clause')


def reraising():
    try:
        gather()
    except* TypeError:
        raise


def naked():
    try:
        leaf(1)
    except* ValueError:
        raise RuntimeError('wrapped naked')


def nested_star():
    try:
        try:
            gather()
        except* TypeError as e:
            raise OSError('inner clause') from e
    except* OSError:
        raise
    except* ValueError:
        pass


for f in (partial, raising, reraising, naked, nested_star):
    print('---', f.__name__)
    try:
        f()
    except BaseException as e:
        show(e)

# A generator suspended inside an except clause handles the same exception
# again when it resumes (sys.exc_info(), a bare raise), and the caller's
# own exception state is untouched meanwhile.
import sys


def show():
    e = sys.exc_info()[1]
    return repr(e)


def in_except():
    try:
        raise ValueError(1)
    except ValueError:
        yield show()
        yield show()
        raise


it = in_except()
print(next(it))
print('caller sees', show())
try:
    raise KeyError('caller')
except KeyError:
    print(next(it))
    print('caller still', show())
try:
    next(it)
except ValueError as e:
    print('bare raise after resume:', repr(e))


def in_except_star():
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError:
        yield show()
        yield show()
    except* KeyError:
        yield show()
    yield show()


print(list(in_except_star()))


def after_handler():
    try:
        raise TypeError('t')
    except TypeError:
        pass
    yield show()


try:
    raise OSError('outer')
except OSError:
    print(list(after_handler()))


def thrown():
    try:
        yield 1
    except RuntimeError:
        yield show()
        yield show()


g = thrown()
next(g)
print(g.throw(RuntimeError('in')))
print(next(g))

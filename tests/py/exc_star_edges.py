# except* corners: generators, break in the try body, return with finally,
# nested except*, a clause type that fails, raise e, subclasses, notes.
import sys
def g():
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    except* KeyError:
        yield repr(sys.exc_info()[1])
it = g()
print(next(it)); print('outside', sys.exc_info()); print(next(it)); print(next(it))
print(list(it))

def f():
    for i in range(3):
        try:
            if i == 1:
                break
            raise ValueError(i)
        except* ValueError as e:
            print('caught', repr(e))
    return i
print(f())

def h():
    try:
        return 'body'
    except* ValueError:
        pass
    finally:
        print('fin')
print(h())

def nested():
    try:
        raise ExceptionGroup('o', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        try:
            raise ExceptionGroup('i', [KeyError(3), OSError(4)])
        except* KeyError as k:
            print('inner', repr(k), repr(sys.exc_info()[1]))
        print('after inner', repr(sys.exc_info()[1]))
try:
    nested()
except ExceptionGroup as g:
    print(repr(g))
    for x in g.exceptions:
        print(' ', repr(x), repr(x.__context__))

def bad_type():
    try:
        raise ExceptionGroup('o', [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* undefined_name:
        pass
try:
    bad_type()
except NameError as e:
    print(e, repr(e.__context__))

def raise_match():
    try:
        raise ExceptionGroup('o', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
try:
    raise_match()
except ExceptionGroup as g:
    print(repr(g))

class EG(ExceptionGroup):
    pass
try:
    try:
        raise EG('sub', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print(type(e).__name__, repr(e))
except ExceptionGroup as g:
    print('rest', type(g).__name__, repr(g))

def exc_info_in_else():
    try:
        pass
    except* ValueError:
        pass
    else:
        print('else', sys.exc_info())
exc_info_in_else()
try:
    raise ValueError('outer')
except ValueError:
    try:
        raise ExceptionGroup('x', [TypeError(1)])
    except* TypeError:
        print('in', repr(sys.exc_info()[1]))
    print('restored', repr(sys.exc_info()[1]))
def notes():
    eg = ExceptionGroup('n', [ValueError(1), TypeError(2)])
    eg.add_note('a note')
    try:
        raise eg
    except* ValueError as e:
        print(e.__notes__)
        raise
try:
    notes()
except ExceptionGroup as g:
    print(repr(g), g.__notes__)

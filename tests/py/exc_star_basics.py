# except* (PEP 654): splitting a group across clauses, names, wrapping of a
# naked exception, else/finally, and what is re-raised.
import sys


def run(f):
    try:
        f()
    except BaseException as e:
        print('  escaped:', type(e).__name__, repr(e))
    else:
        print('  nothing escaped')


def eg():
    return ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])


def split_two():
    try:
        raise eg()
    except* ValueError as e:
        print('  V', repr(e), repr(sys.exc_info()[1]))
    except* TypeError as e:
        print('  T', repr(e))


print('split over two clauses')
run(split_two)


def all_handled():
    try:
        raise eg()
    except* (ValueError, TypeError) as e:
        print('  VT', repr(e))
    except* LookupError as e:
        print('  L', repr(e))
    else:
        print('  else?')
    finally:
        print('  finally')


print('all handled')
run(all_handled)


def none_matched():
    try:
        raise eg()
    except* OSError:
        print('  never')


print('none matched')
run(none_matched)


def naked():
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('  wrapped', repr(e), type(e).__name__, repr(e.exceptions[0]))
        print('  message', repr(e.message))


print('naked exception')
run(naked)


def naked_unmatched():
    try:
        raise KeyError('k')
    except* ValueError:
        print('  never')


print('naked unmatched')
orig = None
try:
    naked_unmatched()
except KeyError as e:
    print('  plain KeyError', repr(e))


def naked_base():
    try:
        raise KeyboardInterrupt('ki')
    except* KeyboardInterrupt as e:
        print('  ', type(e).__name__, repr(e))


print('naked BaseException')
run(naked_base)


def no_exception():
    try:
        print('  body')
    except* ValueError:
        print('  never')
    else:
        print('  else')
    finally:
        print('  finally')


print('no exception')
run(no_exception)


def bare_raise():
    try:
        raise eg()
    except* ValueError:
        raise
    except* TypeError:
        pass


print('bare raise keeps the structure')
run(bare_raise)


def raise_new():
    try:
        raise eg()
    except* ValueError as e:
        raise RuntimeError('from handler') from None
    except* TypeError:
        raise


print('raise new and re-raise')
try:
    raise_new()
except ExceptionGroup as g:
    print('  ', repr(g))
    for x in g.exceptions:
        print('   ', repr(x), repr(x.__context__), x.__cause__, x.__suppress_context__)


def raise_in_two():
    try:
        raise eg()
    except* ValueError:
        raise OSError('a')
    except* TypeError:
        raise OSError('b')


print('raise in two clauses')
run(raise_in_two)


def nested():
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)]), KeyError(5)])
    except* ValueError as e:
        print('  V', repr(e))
    except* TypeError as e:
        print('  T', repr(e))


print('nested groups')
run(nested)


def name_unbound():
    try:
        raise eg()
    except* ValueError as e:
        pass
    except* Exception as e:
        pass
    try:
        e
    except UnboundLocalError as u:
        print('  ', u)


print('the name is unbound afterwards')
run(name_unbound)


def keeps_original_context():
    try:
        raise KeyError('ctx')
    except KeyError:
        try:
            raise eg()
        except* ValueError:
            pass
        except* TypeError:
            pass


print('the rest keeps its context')
try:
    keeps_original_context()
except ExceptionGroup as g:
    print('  ', repr(g), repr(g.__context__))


class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '*', excs)


def subclass_derive():
    try:
        raise MyEG('mine', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print('  ', type(e).__name__, repr(e))


print('derive of a subclass')
run(subclass_derive)


def in_loop():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup('x', [ValueError(i)])
            raise TypeError(i)
        except* ValueError as e:
            print('  V', i, repr(e))
        except* TypeError as e:
            print('  T', i, repr(e))
            for j in range(5):
                if j == 2:
                    break
                continue


print('in a loop')
run(in_loop)


def gen():
    try:
        yield 1
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError as e:
        yield repr(e)
    except* KeyError as e:
        yield repr(e)


print('in a generator')
print(' ', list(gen()))


def exc_info_after():
    try:
        raise eg()
    except* ValueError:
        pass
    except* Exception:
        pass
    print('  exc_info after:', sys.exc_info())


print('exc_info afterwards')
run(exc_info_after)


def handler_raises_then_finally():
    try:
        try:
            raise eg()
        except* ValueError:
            1 / 0
        finally:
            print('  finally runs')
    except ExceptionGroup as g:
        print('  ', repr(g))
        print('  ', [type(x).__name__ for x in g.exceptions])
        print('  ', repr(g.exceptions[0].__context__))


print('a handler raising')
run(handler_raises_then_finally)


def predicate_style_match():
    try:
        raise ExceptionGroup('p', [OSError(1, 'x'), FileNotFoundError(2, 'y')])
    except* FileNotFoundError as e:
        print('  FNF', repr(e))
    except* OSError as e:
        print('  OS', repr(e))


print('subclasses first')
run(predicate_style_match)

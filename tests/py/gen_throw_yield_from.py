# gen.throw() and close() inside `yield from` go to the sub-iterator first
# (CPython's _gen_throw); object.__lt__ & co.; property error qualnames.
# (Found by scripts/fuzz-diff.)
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('inner caught', e)
        return 'ret'
def outer():
    r = yield from inner()
    print('r', repr(r))
    yield 'after'
it = outer()
print(next(it))
print(it.throw(ValueError('t')))
print(list(it))

def inner2():
    try:
        yield 1
    except KeyError:
        yield 'inner handled'
    yield 'inner2 end'
def outer2():
    try:
        yield from inner2()
    except KeyError:
        yield 'outer handled'
it = outer2(); next(it)
print(it.throw(KeyError))
print(list(it))
it = outer2(); next(it)
try:
    it.throw(TypeError('x'))
except TypeError as e:
    print('propagated', e)

def inner3():
    try:
        yield 1
    finally:
        print('inner3 closed')
def outer3():
    try:
        yield from inner3()
    finally:
        print('outer3 closed')
it = outer3(); next(it); it.close(); print('closed')

class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, e):
        print('It.throw', repr(e))
        raise StopIteration('fin')
def outer4():
    x = yield from It()
    yield ('x', x)
it = outer4(); print(next(it)); print(it.throw(ValueError('q')))
def outer5():
    yield from [1, 2]
it = outer5(); next(it)
try:
    it.throw(ValueError('list'))
except ValueError as e:
    print('raised in outer5', e)
def g6():
    yield from g6_inner()
def g6_inner():
    yield 1
    it6.throw(ValueError)
it6 = g6(); next(it6)
try:
    it6.send(None)
except ValueError as e:
    print(e)
try:
    it6 = g6(); next(it6); it6.throw(KeyError)
except KeyError as e:
    print('k', repr(e))

# object's orderings return NotImplemented
class A: pass
a = A()
print(a.__lt__(a), a.__le__(1), a.__gt__(a), a.__ge__(1), hasattr(object, '__le__'))
try:
    a <= a
except TypeError as e:
    print(e)
class O:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(O(1) > O(0), O(0) > O(1))
# property messages name the type's qualified name
def f():
    class P:
        @property
        def x(self): return 1
    p = P()
    for stmt in ('p.x = 1', 'del p.x'):
        try:
            exec(stmt)
        except AttributeError as e:
            print(e)
f()
# a StopIteration leaving a generator is a RuntimeError caused by it, which
# contextlib.contextmanager turns back into the StopIteration
import contextlib
@contextlib.contextmanager
def cm(x):
    try:
        yield x * 2
    finally:
        print('teardown')
try:
    with cm(1) as v:
        raise StopIteration(5)
except StopIteration as e:
    print('StopIteration', e)
def g():
    yield 1
    raise StopIteration('x')
try:
    list(g())
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)

# A generator's frame lives in the generator's block: its size follows the
# code's locals and stack, and its locals, cells and stack survive between
# runs, through send/throw/close, delegation and collection.
import gc
import sys


def g0():
    yield 1


def g3(a, b, c):
    x = a + b
    yield x
    yield x + c


def gbig():
    a = b = c = d = e = f = g = h = 1
    yield [a, b, c, d, e, f, g, h]


print(sys.getsizeof(g0()), sys.getsizeof(g3(1, 2, 3)), sys.getsizeof(gbig()))
print(sys.getsizeof(x for x in range(3)))
print(g0.__code__.co_stacksize, g3.__code__.co_stacksize)

# Locals across yields, interleaved generators.
gens = [g3(i, i + 1, 10 * i) for i in range(5)]
print([next(g) for g in gens], [next(g) for g in gens])
print([list(g) for g in gens])


# A cell variable and a free variable in a generator's frame.
def counter(start):
    n = start

    def bump():
        nonlocal n
        n += 1
        return n

    while n < start + 3:
        yield bump()


print(list(counter(5)))


# Values on the stack while suspended: a yield inside an expression.
def on_stack():
    total = 0
    for i in range(3):
        total = total + (yield i) * 10 + i
    return total


g = on_stack()
print(next(g), g.send(1), g.send(2))
try:
    g.send(3)
except StopIteration as e:
    print("returned", e.value)


# Suspended frame inspection.
def inspect(a, b):
    c = a * b
    yield c
    yield a


g = inspect(6, 7)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals.items()), g.gi_frame.f_lineno)
g.close()
print(g.gi_frame)


# throw/close through try/finally, with values on the block stack.
def guarded():
    try:
        yield "in try"
        yield "not reached"
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("finally ran")


g = guarded()
print(next(g))
print(g.throw(ValueError("boom")))
g.close()


# Delegation keeps both frames.
def inner():
    x = yield "inner 1"
    yield "inner got %s" % x
    return "inner done"


def outer():
    r = yield from inner()
    yield r


g = outer()
print(next(g), g.send("hi"), next(g))


# A genexpr's function outlives the expression that made it.
def make():
    k = 3
    return (i * k for i in range(4))


gen = make()
print(list(gen))

# Cycles through generator frames are collected.
gc.collect()


def cyc():
    me = yield
    yield me


for _ in range(100):
    c = cyc()
    next(c)
    c.send(c)
del c
print(gc.collect() >= 100)

# An unstarted generator dropped with arguments in its frame.
big = [g3([1] * 10, [2] * 10, None) for _ in range(50)]
del big
print("ok")

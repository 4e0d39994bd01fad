def g():
    yield 1
    yield 2

it = g()
print(iter(it) is it)
print(next(it))
print(list(it))
print(list(it))
print(next(it, "end"))

def raises():
    yield 1
    raise ValueError("boom")
r = raises()
print(next(r))
try:
    next(r)
except ValueError as e:
    print("ValueError", e)
try:
    next(r)
except StopIteration:
    print("exhausted after error")

def gen_with_try():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit seen")
        raise
gw = gen_with_try()
next(gw)
gw.close()

def count():
    n = 0
    while True:
        n += 1
        yield n
c = count()
print([next(c) for _ in range(5)])

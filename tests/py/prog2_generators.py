def accumulator():
    total = 0
    count = 0
    while True:
        value = yield (total, count)
        if value is None:
            break
        total += value
        count += 1
    return total


def averager():
    avg = None
    total = n = 0
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("averager got", e)
            continue
        except GeneratorExit:
            print("averager closing at n =", n)
            raise
        total += x
        n += 1
        avg = total / n


def delegator(results, key):
    while True:
        results[key] = yield from accumulator()
        if key == "stop":
            return
        key = key + "'"


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def naturals():
    n = 0
    while True:
        yield n
        n += 1


def chunks(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for x in obj:
            yield from flatten(x)
    else:
        yield obj


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


def main():
    acc = accumulator()
    print(next(acc))
    print(acc.send(10), acc.send(5))
    try:
        acc.send(None)
    except StopIteration as e:
        print("returned", e.value)
    avg = averager()
    next(avg)
    for x in (10, 20, 60):
        print(avg.send(x))
    print(avg.throw(ValueError("bad value")))
    avg.close()
    results = {}
    d = delegator(results, "a")
    next(d)
    d.send(1)
    d.send(2)
    d.send(None)
    d.send(7)
    d.send(None)
    print(results)
    print(list(take(5, (x * x for x in naturals() if x % 3))))
    print(list(chunks(range(10), 4)))
    print(list(flatten([1, [2, (3, [4, 5])], [[6]], 7])))
    print(list(Countdown(4)), list(reversed(Countdown(3))))
    gen = (c.upper() for c in "hello")
    print(next(gen), list(gen), list(gen))
    g = naturals()
    print(g.__name__, next(g), next(g))
    g.close()
    print(next(g, "exhausted"))

    def boom():
        yield 1
        raise KeyError("inside")

    b = boom()
    print(next(b))
    try:
        next(b)
    except KeyError as e:
        print("KeyError", e)
    print(next(b, "done"))

    def fin():
        try:
            yield "a"
            yield "b"
        finally:
            print("fin cleanup")

    for v in fin():
        print(v)
        break
    print(sum(x for x in range(100) if x % 7 == 0), any(x > 5 for x in [1, 9]), all([]))
    it = iter([1, 2, 3])
    print(list(zip(it, it)), list(it))
    squares = {n: n * n for n in take(4, naturals())}
    print(squares, {v % 3 for v in squares.values()})


main()

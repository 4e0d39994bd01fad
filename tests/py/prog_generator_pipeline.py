import itertools as it
from itertools import chain, islice, count, groupby, accumulate, product, permutations, combinations

def numbers():
    n = 0
    while True:
        yield n
        n += 1

def take(n, g):
    return list(islice(g, n))

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def squares(src):
    yield from (x * x for x in src)

def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
    return "done"

def delegator():
    result = yield from countdown(3)
    yield f"result={result}"

print(take(5, squares(evens(numbers()))))
print(list(flatten([1, [2, [3, [4, 5]], 6], (7, 8), [[[]]]])))
g = countdown(5)
print(next(g), g.send(10), next(g), next(g))
print(list(delegator()))
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib_gen()))
print(list(it.takewhile(lambda x: x < 100, fib_gen())))
print(list(chain([1, 2], "ab", range(3))), list(chain.from_iterable([[1], [2, 3]])))
print([(k, list(g)) for k, g in groupby("aaabbcdddd")])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4)))))
print(list(permutations([1, 2, 3], 2)), list(combinations("abcd", 3)))
print(list(it.combinations_with_replacement("ab", 2)))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
print(take(5, it.cycle("xy")), list(it.repeat(7, 3)), take(3, count(10, 5)))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.pairwise("abcd")))
gen = (x * 2 for x in range(5))
print(sum(gen), sum(gen))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer()
print(next(c))
c.close()
print("after close")
def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
t = thrower(); next(t); t.throw(ValueError("boom")); t.throw(ValueError("again"))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def running_avg():
    total = cnt = 0
    avg = None
    while True:
        x = yield avg
        total += x; cnt += 1
        avg = total / cnt
ra = running_avg(); next(ra)
print([ra.send(x) for x in [10, 20, 30, 5]])
pipeline = (line.strip().upper() for line in ["  a ", "b  ", "", " c"] if line.strip())
print(list(pipeline))
print(dict(enumerate("abc", start=1)), list(zip(*[(1, 'a'), (2, 'b')])))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(sorted(set(x % 7 for x in range(50))), max((len(w), w) for w in "a bb ccc dd".split()))
g2 = numbers()
print(next(g2), next(g2), g2.__next__())
def gen_ret():
    yield 1
    return 42
gr = gen_ret()
next(gr)
try:
    next(gr)
except StopIteration as e:
    print("stop value", e.value)
print(list(map(lambda p: p[0] * p[1], zip(range(5), range(5, 10)))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
it2 = iter([1, 2, 3])
print(list(zip(it2, it2)), next(it2, "default"))
print(list(reversed(range(0, 10, 3))), list(enumerate(reversed("abc"))))
def windows(seq, n):
    it_ = iter(seq)
    win = tuple(islice(it_, n))
    if len(win) == n:
        yield win
    for x in it_:
        win = win[1:] + (x,)
        yield win
print(list(windows(range(6), 3)))

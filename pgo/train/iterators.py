# PGO training: generators, generator expressions and itertools.
import itertools


def gen_squares(n):
    for i in range(n):
        yield i * i


def chained(n):
    yield from gen_squares(n)
    yield from range(n)


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(sum(gen_squares(100000)))
print(sum(1 for _ in chained(50000)))
print(list(itertools.islice(fib_gen(), 30))[-1])
print(sum(x for x in range(200000) if x & 1))
print(max(len(str(x)) for x in range(50000)))
acc = 0
for a, b in zip(range(50000), itertools.count(7)):
    acc += a * b
print(acc)
print(list(itertools.chain([1, 2], (3, 4), range(5, 8))))
print(list(itertools.accumulate(range(10))), list(itertools.permutations("abc", 2))[:4])
g = (i * 2 for i in range(10))
print(next(g), next(g), list(g))
it = iter(range(5))
print(next(it), list(it), next(it, "done"))
print(sorted({k: len(list(v)) for k, v in itertools.groupby(sorted("mississippi"))}.items()))

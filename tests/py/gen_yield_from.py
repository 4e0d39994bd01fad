def inner(n):
    for i in range(n):
        yield i
    return n * 100
def outer():
    r = yield from inner(3)
    print("inner returned", r)
    yield from "ab"
    yield from [10, 20]
print(list(outer()))
def flatten(x):
    if isinstance(x, list):
        for e in x:
            yield from flatten(e)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))

def inner(n):
    for i in range(n):
        yield i
    return n * 100

def outer():
    r1 = yield from inner(2)
    print("r1", r1)
    r2 = yield from inner(3)
    print("r2", r2)
    return r1 + r2

g = outer()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print("result", e.value)
        break
print(out)

def delegate_list():
    yield from [1, 2, 3]
    yield from "ab"
    yield from (x * x for x in range(3))
print(list(delegate_list()))

def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield "node%d" % n
    yield from tree(n - 1)
    yield from tree(n - 1)
print(list(tree(2)))

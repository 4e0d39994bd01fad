# Comprehensions and lambdas inside annotations are scopes of the enclosing
# block (found by the coverage-guided fuzzer: the compiler panicked).
x: [a for a in "ab"] = 1
print(__annotations__["x"], x)
y: (lambda: 7)
print(__annotations__["y"]())
g: (c for c in "xy")
print(list(__annotations__["g"]))


class C:
    z: {k: k * 2 for k in "pq"}
    w: [lambda: 1][0]


print(C.__annotations__["z"], C.__annotations__["w"]())


def f(a: [v for v in "ab"], *b: (lambda: 3)(), **c: {u for u in "q"}) -> {r for r in "a"}:
    q: [n for n in undefined_name]  # not evaluated in a function body
    return a


print(f.__annotations__)
print(f(1))


def outer():
    v = 5

    def inner(a: v, b: [v for _ in range(2)]):
        pass

    return inner


print(outer().__annotations__)
try:
    obj: [m for m in "x"]
    obj.attr: [m for m in "x"]
except NameError as e:
    print("NameError", e)

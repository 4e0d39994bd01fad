def f():
    "docstring here"
    return 1
print(f.__name__, f.__doc__, f())
def no_return():
    x = 1
print(no_return())
def early(n):
    if n > 0:
        return "pos"
    return
print(early(1), early(-1))
def multi():
    return 1, [2], "three"
a, b, c = multi()
print(a, b, c)
g = f
print(g(), g is f, g.__name__)
def outer():
    def inner():
        return "inner"
    return inner
print(outer()(), outer().__name__)
print(callable(f), callable(5), callable(len), callable(lambda: 0))

def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda x: x * 3, 2))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda x: x - 10)(3))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(my_map(len, ["a", "bb", "ccc"]), my_reduce(lambda a, b: a * b, range(1, 6), 1))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])))
fns = [abs, str, len]
print([type(f(-1 if f is not len else "ab")).__name__ for f in fns])
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(max)(3)(7))
print(sorted(["b", "A", "c"], key=str.upper), max(["xx", "y"], key=len))

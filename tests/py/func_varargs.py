def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(**kwargs):
    return kwargs
print(g(), g(a=1, b=2))
def h(a, *args, **kwargs):
    print(a, args, kwargs)
h(1)
h(1, 2, 3, x=4, y=5)
h(*[1, 2], **{"z": 3})
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(1, 2, 3, 4), total(*range(10)))
def wrapper(*args, **kwargs):
    return h(*args, **kwargs)
wrapper("w", 1, k="v")

x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x == None, x is not None, not x, bool(x))
def f():
    pass
print(f(), f() is None)
def g(a=None):
    if a is None:
        a = []
    a.append(1)
    return a
print(g(), g(), g([5]))
print([None, None], {None: 1}[None])
r = print("inside")
print(r)

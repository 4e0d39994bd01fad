def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=1))
def g(*args, sep=", "):
    return sep.join(str(a) for a in args)
print(g(1, 2, 3), g(1, 2, sep="|"))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def h(a, b, /, c):
    return a + b + c
print(h(1, 2, 3), h(1, 2, c=3))
try:
    h(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)

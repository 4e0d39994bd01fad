a, *b, c = 1, 2, 3, 4, 5
print(a, b, c)
*init, last = [1, 2, 3]
print(init, last)
head, *tail = "hello"
print(head, tail)
x, *y = (1,)
print(x, y)
a, *b, c = 1, 2
print(a, b, c)
first, *_, final = range(10)
print(first, final)
print([*range(3), *"ab"], (*[1, 2], 3))
def f(*args):
    return args
print(f(*[1, 2], *(3,)), f())
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)

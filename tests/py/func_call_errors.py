def f(a, b):
    return a + b
def g(x, y=1, *, z):
    return x
five = 5
text = "abc"
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: g(),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: five(),
    lambda: text(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)

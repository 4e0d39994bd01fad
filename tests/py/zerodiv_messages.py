cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: 1 / 0.0,
    lambda: divmod(1, 0),
    lambda: divmod(1.0, 0.0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: 10 ** 30 // 0,
]
for f in cases:
    try:
        f()
        print("no error")
    except ZeroDivisionError as e:
        print(type(e).__name__ + ":", e)
try:
    x = 5
    x /= 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", e)

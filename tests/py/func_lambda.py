sq = lambda x: x * x
print(sq(7), (lambda a, b=2: a + b)(1), (lambda *a: a)(1, 2), (lambda: "none")())
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(8))))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](3, 4), ops["mul"](3, 4))
print((lambda x: (lambda y: x + y))(10)(5))
f = lambda n: 1 if n == 0 else n * f(n - 1)
print(f(10))
print((lambda **kw: sorted(kw))(b=1, a=2))

c = compile("x = 1 + 2\nprint('in exec', x)", "<test>", "exec")
print(type(c).__name__)
g = {}
exec(c, g)
print(g["x"])
e = compile("x * 10", "<expr>", "eval")
print(eval(e, {"x": 4}))
print(exec(e, {"x": 4}))
for bad in ["x = = 1", "def f(:\n  pass", "return 5"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as err:
        print("SyntaxError", err.msg, err.filename, err.lineno)
try:
    compile("1 +", "<e>", "eval")
except SyntaxError as err:
    print("SyntaxError", err.msg, err.lineno)
try:
    compile("x", "<e>", "bogus")
except ValueError as err:
    print(err)
try:
    compile("x", 5, "exec")
except TypeError as err:
    print(err)
try:
    compile("x")
except TypeError as err:
    print(err)
def f():
    y = 3
    return y
g2 = {}
exec(f.__code__, g2)
print(sorted(k for k in g2 if k != "__builtins__"))
s = compile("print('single', 7)", "<s>", "single")
exec(s)
x = 5
print(eval(compile("x + 1", "<c>", "eval")))
def outer():
    z = 1
    def inner():
        return z
    return inner
try:
    exec(outer().__code__)
except TypeError as err:
    print(err)
code = compile("r = x", "<cache>", "exec")
g1 = {"x": "first"}
g3 = {"x": "second", "pad": 0}
for _ in range(3):
    exec(code, g1)
    exec(code, g3)
    print(g1["r"], g3["r"])
try:
    exec(compile("1/0", "<div>", "exec"), {})
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)

x = 5
print(eval("x + 1"), eval(" 2 ** 10 \n"))
def f(a):
    b = 3
    return eval("a * b + x")
print(f(2))
g = {"x": 1}
exec("y = x + 1\ndef h(): return y * 2", g)
print(g["y"], g["h"](), sorted(k for k in g if k != "__builtins__"))
ns = {}
exec("z = 10", None, ns) if False else exec("z = 10", {}, ns)
print(ns)
exec("w = 99")
print(w)
print(eval("[i*i for i in range(4)]", {}))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
try:
    eval("undefined_name")
except NameError as e:
    print(e)
try:
    eval(3)
except TypeError as e:
    print(e)
calc = {"__builtins__": {}}
print(eval("2 * (3 + 4)", calc))

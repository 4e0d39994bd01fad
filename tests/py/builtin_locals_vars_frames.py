def loc(x, y=2):
    z = x + y
    def inner():
        return z
    print(sorted(locals()), locals()["x"], sorted(vars()), dir())
    d = locals()
    d["x"] = 100
    print(x, "inner" in d)
loc(1)
class C:
    a = 1
    print(sorted(k for k in locals() if not k.startswith("__")), "__module__" in vars())
def g():
    return globals() is globals(), "g" in globals(), "loc" in dir() 
print(g(), locals() is globals(), "C" in dir())
def closure():
    n = 5
    def f():
        m = n + 1
        return locals()
    return f()
print(closure())
print(list(map(lambda v: v, [1])), [locals() for _ in range(1)][0].keys() if False else "ok")

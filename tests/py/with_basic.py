class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False

with CM("a") as c:
    print("body", c.name)

with CM("x"), CM("y") as y:
    print("inner", y.name)

try:
    with CM("err"):
        raise ValueError("oops")
except ValueError as e:
    print("outer caught", e)

class Suppress:
    def __enter__(self):
        return "value"
    def __exit__(self, t, v, tb):
        print("suppressing", t.__name__ if t else None)
        return True

with Suppress() as v:
    print(v)
    1 / 0
print("after suppress")

def f():
    with CM("ret"):
        return "returned"
print(f())

for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop", i)

def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = acc()
print(next(g))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)

def echo():
    try:
        while True:
            v = yield
            print("got", v)
    finally:
        print("cleanup")

e = echo()
next(e)
e.send(1)
e.send("two")
e.close()
print("closed")
e.close()

def fresh():
    yield 1
f = fresh()
try:
    f.send(3)
except TypeError as ex:
    print("TypeError", ex)
print(f.send(None))

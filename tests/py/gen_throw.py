def g():
    while True:
        try:
            x = yield
            print("recv", x)
        except ValueError as e:
            print("caught", e)
            yield "recovered"

it = g()
next(it)
it.send(1)
print(it.throw(ValueError("bad")))
next(it)
it.send(2)
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))

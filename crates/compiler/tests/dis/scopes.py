x = 1
def f():
    global x
    x = 2
def g():
    return x
def h():
    y = 1
    def i():
        def j():
            return y
        return j
    return i
class C:
    y = 2
    def m(self):
        return y
def k():
    z = 1
    class D:
        z = 2
        w = z
        def m(self):
            return z
    return D
def shadow():
    print(undefined)
    del local
    local = 1

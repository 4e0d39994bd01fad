def make_counter(start=0):
    count = start
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
inc()
inc(5)
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def late_binding():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in late_binding()])

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed"
        inner()
        return x
    return middle(), x
print(outer())

def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
a(1); a(2)
print(a(3))
print(inc.__closure__ is not None, make_counter.__closure__)

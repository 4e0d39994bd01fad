def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = 1
    def change():
        nonlocal x
        x = 2
    change()
    return x
print(outer())
def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, items
    return add
a = acc()
a(1)
print(a(5))
def deep():
    v = "a"
    def l1():
        def l2():
            nonlocal v
            v += "b"
        l2()
        l2()
    l1()
    return v
print(deep())

x += 1
x -= 2
x //= 3
o.a += 1
o[i] *= 2
o[i:j] |= s
def f():
    n = 0
    n **= 2
    return n

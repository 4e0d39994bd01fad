def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(h())
def k():
    log = []
    for i in range(3):
        try:
            log.append(i)
            if i == 1:
                return log
        finally:
            log.append("f%d" % i)
print(k())

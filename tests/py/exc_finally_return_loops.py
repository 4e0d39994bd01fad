def f():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("finally", i)
print(f())

def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())

def h():
    result = []
    for i in range(4):
        try:
            if i % 2:
                continue
            result.append(i)
        finally:
            result.append("f%d" % i)
    return result
print(h())

def k():
    while True:
        try:
            break
        finally:
            print("break finally")
    return "after"
print(k())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())

def nested():
    try:
        try:
            return 1
        finally:
            print("inner")
    finally:
        print("outer")
print(nested())

def count():
    n = 0
    for i in range(3):
        try:
            n += 1
        finally:
            n += 10
    return n
print(count())

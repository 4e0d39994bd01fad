def f():
    for x in y:
        try:
            if x:
                break
            if not x:
                continue
            return x
        finally:
            done()
def g():
    while True:
        try:
            return compute()
        except ValueError as e:
            if e:
                break
            continue
def h():
    for a in b:
        with ctx() as c:
            if c:
                return c
            break
def k():
    try:
        return 1
    finally:
        for z in w:
            break
def m():
    for a in A:
        try:
            for x in y:
                return x
        finally:
            break
def n():
    try:
        pass
    finally:
        return 2

def f():
    try:
        print("in try")
        raise KeyError("k")
    finally:
        print("finally still runs")
f()

while x:
    def f():
        continue

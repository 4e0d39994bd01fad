class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x + self.n
add3 = Adder(3)
print(add3(4), add3(10), add3.calls, callable(add3))
print(list(map(add3, [1, 2, 3])))
class Factory:
    def __call__(self, *args, **kw):
        return (args, kw)
print(Factory()(1, 2, k=3))

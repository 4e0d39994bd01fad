class A:
    def __init__(self):
        self.v = 7
def show(self, extra=0):
    return self.v + extra
a = A()
m = show.__get__(a)
print(m(), m(1), m.__self__ is a, m.__func__ is show)
print(show.__get__(None, A) is show)
a.f = show.__get__(a, A)
print(a.f(3))

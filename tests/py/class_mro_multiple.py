class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()

print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())
print(isinstance(D(), C), issubclass(D, A), issubclass(A, D))
print(D.__bases__ == (B, C))
print([k.__name__ for k in D.mro()])

class Base1:
    def __init__(self):
        print("Base1 init")
        super().__init__()
class Base2:
    def __init__(self):
        print("Base2 init")
        super().__init__()
class Both(Base1, Base2):
    def __init__(self):
        print("Both init")
        super().__init__()
Both()

class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__])
try:
    class Bad(X, Z): pass
except TypeError as e:
    print("TypeError", e)

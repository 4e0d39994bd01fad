class A:
    pass
class B(A):
    "A class docstring."
    attr = 1
    def __init__(self, x):
        self.x = x
        self.__private = 2
    def method(self):
        return super().method()
    def uses_class(self):
        return __class__
    @staticmethod
    def static():
        return B
class C(A, B, metaclass=Meta, flag=True):
    pass
class D(*bases, **kw):
    pass
@decorator
class E:
    def f(self):
        class Inner:
            def g(self):
                pass
        return Inner
def factory(v):
    class Local:
        value = v
        def get(self):
            return v
    return Local

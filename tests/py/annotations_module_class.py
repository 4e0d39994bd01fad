"""doc"""
x: int = 1
y: "str"
print(__annotations__)
class C:
    a: int
    b: str = "hi"
    __p: float = 1.0
    if True:
        c: list = []
    def f(self):
        z: int = 3
        return z
print(C.__annotations__, C.b, C().f())
class D:
    pass
print(hasattr(D, '__annotations__') and D.__dict__.get('__annotations__'))
class E(C):
    e: bool = True
print(E.__annotations__)
def g():
    q: int = 5
    return q
print(g())

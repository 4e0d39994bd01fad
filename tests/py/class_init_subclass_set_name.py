class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag="a"): pass
class B(A): pass
print(Base.registry, A.tag, B.tag)
class D:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
    def __get__(self, obj, t=None):
        return self.name
class H:
    x = D()
print(H.x, H().x)
try:
    class Z(H, foo=1): pass
except TypeError as e:
    print(e)
T = type("T", (Base,), {})
print(Base.registry)

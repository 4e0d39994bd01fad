# `with` looks __enter__ and __exit__ up on the type (special methods),
# names a missing __exit__, and passes __exit__ the traceback object.
class A:
    def __enter__(self):
        return self

class B:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        print("exit got", a[0].__name__, a[1], type(a[2]).__name__)
        return True

with B():
    raise ValueError("v")

class C:
    pass

c = C()
c.__enter__ = lambda: 1
c.__exit__ = lambda *a: None
try:
    with c:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with A():
        pass
except TypeError as e:
    print("TypeError:", e)

class Exit:
    def __exit__(self, *a):
        return False

try:
    with Exit():
        pass
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __enter__(cls):
        return "class-level enter"
    def __exit__(cls, *a):
        print("class-level exit", a[0])

class UsesMeta(metaclass=Meta):
    pass

with UsesMeta as v:
    print(v)

# Bound methods compare equal (and hash alike) when they bind the same
# function to the same object; super objects' repr; sorted stops calling a
# key function after it raised.
class A:
    def f(self):
        pass


a, b = A(), A()
print(a.f == a.f, a.f != a.f, a.f == b.f, a.f == A.f, hash(a.f) == hash(a.f))
print(len({a.f, a.f, b.f}))
callbacks = [a.f, b.f]
callbacks.remove(a.f)
print(len(callbacks), callbacks[0] == b.f)
l1, l2 = [], []
print(l1.append == l1.append, l1.append == l2.append, l1.append == l1.extend)
print(hash(l1.append) == hash(l1.append))


class B(A):
    def g(self):
        return super()


print(repr(B().g()))
calls = []


def key(x):
    calls.append(x)
    if x == 2:
        raise ValueError("key failed")
    return x


try:
    sorted([1, 2, 3, 4], key=key)
except ValueError as e:
    print(e, calls)

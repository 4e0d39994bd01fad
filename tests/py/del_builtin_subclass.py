# __del__ on subclasses of int, float, str and bytes runs when the object
# dies (refcount or collector), once, and resurrection keeps it alive.
import gc

class I(int):
    def __del__(self):
        print("I.__del__", int(self))

class F(float):
    def __del__(self):
        print("F.__del__", float(self))

class S(str):
    def __del__(self):
        print("S.__del__", str(self))

class B(bytes):
    def __del__(self):
        print("B.__del__", bytes(self))

x = I(5)
del x
print("after int")
y = F(2.5)
y = None
print("after float")
s = S("hello")
t = s + "!"
del s
print(t)
b = B(b"ab")
del b

saved = []
class R(int):
    def __del__(self):
        print("R.__del__", int(self))
        saved.append(self)

r = R(7)
del r
print(len(saved), saved[0] + 1)
saved.clear()
print("cleared")

class C(int):
    def __del__(self):
        print("C.__del__", int(self))

cycle = [C(3)]
cycle.append(cycle)
del cycle
print("before collect")
print(gc.collect() > 0)
print("end")

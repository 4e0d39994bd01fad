a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[:2] = []
print(a)
a[len(a):] = [100, 101]
print(a)
a[0:0] = ["front"]
print(a)
b = list(range(10))
b[::2] = ["e"] * 5
print(b)
b[1::3] = [0, 0, 0]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = [1, 2, 3]
c[:] = "ab"
print(c)
c[1:] = range(3)
print(c)

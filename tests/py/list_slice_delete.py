a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
b = list(range(10))
del b[1::3]
print(b)
del b[::-2]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
try:
    del c[5]
except IndexError as e:
    print("IndexError:", e)

a = 100
b = a
a = a + 1
print(a, b)
print(a is b, a == b + 1)
del b
c = a
a = a + 1
print(a, c)
x = 0
for i in range(1000):
    x = x + 1
print(x)

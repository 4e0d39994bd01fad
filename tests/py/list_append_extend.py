a = []
a.append(1)
a.append("two")
a.append([3])
print(a, len(a))
a.extend([4, 5])
a.extend((6,))
a.extend("ab")
a.extend(range(2))
print(a)
b = [1]
b.append(b[:])
print(b)
r = a.append(0)
print(r)
c = [0] * 3
for i in range(3):
    c.extend([i] * i)
print(c)

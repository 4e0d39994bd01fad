a = [1, 2, 3, 4]
a.reverse()
print(a)
b = a.copy()
b.append(0)
print(a, b)
c = a
c.clear()
print(a, c, b)
n = [[1, 2], [3]]
m = n.copy()
m[0].append(99)
m.append([4])
print(n, m)
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])

a = 100
b = a
a = a + 1
x = y = -1
a, b = b, a
a, *rest, z = range(5)
[p, (q, r)] = 1, (2, 3)
obj.attr = 1
obj[0] = 2
obj[1:2] = [3]
(w := 5)
del a, obj.attr, obj[0]
t = ()
t2 = (1, 2.5, 'x', None, (True, -3))

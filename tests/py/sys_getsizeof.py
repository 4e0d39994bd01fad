import sys
for v in [0, 1, -1, 2**30, 2**62, 2**100, 1.5, '', 'a', 'abc', 'é', '€', (), (1, 2), [], [1, 2, 3], None, True, False]:
    print(repr(v), sys.getsizeof(v))
l = []
for i in range(10):
    l.append(i)
    print(len(l), sys.getsizeof(l))
x = [1]
print(sys.getrefcount(x))

def v(x):
    print("eval", x)
    return x
print(1 < v(2) < 3)
print(1 < v(0) < v(5))
print(v(1) == v(1) == v(2))
x = 5
print(0 <= x < 10, 0 < x > 3, 1 < 2 > 0 < 5)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 2 < 4)
print("a" < "b" < "c", [1] < [2] <= [2])
print(1 == 1.0 == True, None is None is not False)
print(2 in [1, 2] in [[1, 2]])
print(not 1 < 0, (1 < 2) == True)

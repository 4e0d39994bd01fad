x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5, 5 == x == 5.0, 1 < 2 < 3 < 4 < 3)
print(1 < 2 > 0 != 1, "a" < "b" < "c", [1] == [1] != [2])
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(x is not None is not False, 2 in [1, 2] in [[1, 2]])

print(list(range(10, 0, -1)), list(range(10, 0, -3)), list(range(0, 10, -1)))
print(len(range(10, 0, -3)), range(10, 0, -3)[-1], list(range(-1, -10, -2)))
for i in range(3, -1, -1):
    print(i, end=" ")
print()
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))))

m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in m for x in row])
print([[row[i] for row in m] for i in range(3)])
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print(sum([x for row in m for x in row if x % 2 == 0]))

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 20 + 7
print(big // -3, big % -3, -big // 3, -big % 3)
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5)
print(-1 // 2, -1 % 2)

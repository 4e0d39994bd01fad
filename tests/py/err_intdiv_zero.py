n = 10 ** 20
print(n // 3)
print(n // 0)

a = 7
b = 3
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, -a // b, -a % b)
print(a ** b, 2 ** 10, 0 ** 0)
print(-a, +a, abs(-a))
x = 10
x = x + 1
x -= 3
x *= 2
print(x)
x //= 5
print(x)
x **= 3
print(x)
x %= 5
print(x)
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2)
print(6 / 3, 7 / 2, 1 / 3)
print(type(6 / 3).__name__, type(6 // 3).__name__)

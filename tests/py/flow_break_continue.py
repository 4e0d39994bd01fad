for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i)
total = 0
i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 10:
        break
    total += i
print("total", total)
for ch in "hello world":
    if ch == " ":
        break
    print(ch, end="")
print()

i = 0
while i < 5:
    i += 1
else:
    print("while finished", i)
i = 0
while i < 10:
    if i == 3:
        break
    i += 1
else:
    print("not printed")
print("broke at", i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
while False:
    pass
else:
    print("else of never-run while")

# PGO training: list and tuple operations.
import random

rng = random.Random(7)
data = [rng.randrange(100000) for _ in range(40000)]
print(sorted(data)[:5], max(data), min(data))
data.sort(key=lambda v: (v % 100, v))
print(data[:4])
matrix = [[i * 10 + j for j in range(60)] for i in range(60)]
transposed = [list(row) for row in zip(*matrix)]
print(transposed[3][:5], sum(map(sum, matrix)))
stack = []
for i in range(60000):
    stack.append(i)
    if i % 3 == 0:
        stack.pop()
print(len(stack), stack[-3:], stack[::5000])
pairs = [(i, -i) for i in range(30000)]
tot = 0
for a, b in pairs:
    tot += a * b
print(tot)
lst = list(range(2000))
for i in range(300):
    lst.insert(i, -i)
    lst.remove(-i)
print(len(lst), lst.index(1500), 1999 in lst, lst[100:105], lst[-3:])
acc = 0
for i, v in enumerate(reversed(lst)):
    acc += i ^ v
print(acc, tuple(x * 2 for x in range(5)), [x for x in range(100) if x % 7 == 0][-1])
nested = [[j for j in range(i % 10)] for i in range(5000)]
flat = [x for sub in nested for x in sub]
print(len(flat), sum(flat), any(x > 8 for x in flat), all(x >= 0 for x in flat))
a = list(range(100))
a[10:20] = [0] * 3
del a[::7]
print(len(a), a[:8], a * 2 == a + a, a.count(0))

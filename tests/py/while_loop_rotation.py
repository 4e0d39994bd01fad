n = 5
out = []
while (n := n - 1) > 0:
    out.append(n)
print(out)
data = [3, 1, 2]
while [x for x in data if x > 1]:
    data.pop()
print(data)
def g():
    i = 0
    while i < 3:
        yield i
        i += 1
    else:
        yield "else"
print(list(g()))
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("no break")
f = lambda k: k > 0
k = 3
while f(k):
    k -= 1
print(k)
try:
    j = 0
    while 1 / (2 - j):
        j += 1
except ZeroDivisionError as e:
    print("ZDE at", j)
class B:
    def __init__(self): self.n = 2
    def __bool__(self):
        self.n -= 1
        print("bool", self.n)
        return self.n >= 0
b = B()
while b:
    pass
print("done")
while not (k := k + 1) >= 3:
    pass
print(k)

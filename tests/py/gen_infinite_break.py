def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

print(take(5, naturals()))
squares = (x * x for x in naturals())
print(take(4, squares))
evens = (x for x in naturals() if x % 2 == 0)
print(next(evens), next(evens), next(evens))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1

for i, p in enumerate(primes()):
    if i == 10:
        break
    print(p, end=" ")
print()
g = naturals()
for x in g:
    if x == 3:
        break
print(next(g))

# Set orders after many random operations, checked against CPython.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

for trial in range(40):
    a = set()
    b = set()
    for step in range(rnd(60)):
        op = rnd(6)
        v = rnd(200) * (1 if rnd(3) else 64)
        if op < 3:
            a.add(v)
        elif op == 3:
            a.discard(v)
        elif op == 4:
            b.add(v)
        elif a:
            a.pop()
    print(trial, a, b)
    print(" |", a | b, b | a)
    print(" &", a & b, b & a)
    print(" -", a - b, b - a)
    print(" ^", a ^ b, b ^ a)
    c = set(a); c |= b; d = set(a); d &= b; e = set(a); e -= b; f = set(a); f ^= b
    print(" i", c, d, e, f)
    print(" m", a.union(list(b)), a.intersection(list(b)), a.difference(list(b)), a.symmetric_difference(list(b)))
    print(" f", frozenset(a), set(frozenset(b)), {*a, *b}, {x for x in b})

# list.sort on lists long enough that the keys and the merge memory leave
# the sort's built-in arrays (128 keys, 256 merge items): keyed, reversed,
# a key function or __lt__ that raises part-way, a list modified during a
# keyed sort, and the comparison order logged on a long keyed sort.
seed = 11


def rnd(m):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % m


for n in (5, 127, 128, 129, 300, 511, 512, 513, 2000, 7001):
    vals = [rnd(1000) - 500 for _ in range(n)]
    a = vals[:]
    a.sort(key=abs)
    b = sorted(vals, key=lambda v: (abs(v), v), reverse=True)
    c = sorted(vals, key=str)
    d = [str(v) for v in vals]
    d.sort(reverse=True)
    e = sorted(vals, key=lambda v: v / 3)
    print(n, sum(i * x for i, x in enumerate(a)), b[:3], c[:3], d[:3], e[:2], e[-2:])

# Stability with a key: equal keys keep their order, reversed or not.
pairs = [(rnd(10), i) for i in range(3000)]
s1 = sorted(pairs, key=lambda p: p[0])
s2 = sorted(pairs, key=lambda p: p[0], reverse=True)
print(all(s1[i][1] < s1[i + 1][1] for i in range(2999) if s1[i][0] == s1[i + 1][0]))
print(all(s2[i][1] < s2[i + 1][1] for i in range(2999) if s2[i][0] == s2[i + 1][0]))

# A key function that raises: the list keeps all its items.
calls = []


def bad_key(v):
    calls.append(v)
    if len(calls) == 700:
        raise ValueError("key failed at 700")
    return v


big = list(range(1000, 0, -1))
try:
    big.sort(key=bad_key)
except ValueError as ex:
    print("ValueError", ex, len(calls), len(big), sorted(big) == list(range(1, 1001)))


class Bomb:
    count = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Bomb.count += 1
        if Bomb.count == 5000:
            raise RuntimeError("compare failed")
        return self.v < other.v


bs = [Bomb(rnd(100000)) for _ in range(3000)]
try:
    bs.sort()
except RuntimeError as ex:
    print("RuntimeError", ex, len(bs), Bomb.count)
print(sorted(b.v for b in bs) == sorted(b.v for b in bs[:]))

# Keys that raise in __lt__ after a keyed sort started.
Bomb.count = 4500
ws = list(range(2000))
try:
    ws.sort(key=lambda v: Bomb(-v))
except RuntimeError as ex:
    print("RuntimeError", ex, len(ws), sorted(ws) == list(range(2000)))

# The list modified during a keyed sort.
victim = list(range(500))


def meddle(v):
    if v == 100:
        victim.append(-1)
    return -v


try:
    victim.sort(key=meddle)
except ValueError as ex:
    print("ValueError", ex, len(victim))

# Comparison order on a long keyed sort (logged), against CPython's.
log = []


class L:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append(self.v - other.v)
        return self.v < other.v


items = [rnd(500) for _ in range(1500)]
out = sorted(items, key=L)
print(len(log), sum((i % 97) * x for i, x in enumerate(log)), out == sorted(items))

# Mixed kinds fall back to the generic comparison; tuples by their first items.
mixed = [rnd(100) / 4 if i % 3 else rnd(100) for i in range(1000)]
mixed.sort()
print(mixed[:4], mixed[-4:])
tups = [(rnd(50), str(rnd(50))) for _ in range(1000)]
tups.sort(reverse=True)
print(tups[:3], tups[-3:])
strs = ["é" * rnd(3) + chr(0x41 + rnd(60)) + "€" * rnd(2) for _ in range(900)]
strs.sort()
print(strs[:4], strs[-4:])

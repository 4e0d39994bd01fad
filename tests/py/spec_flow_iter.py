# Specialised ForIter (ForIterRange, ForIterList, the item handed straight
# to the loop variable) and UnpackSequence (TwoTuple, Tuple, List): warm-up
# past 100 runs, then other iterators, other sequences and errors.

def total(it):
    t = 0
    for x in it:
        t += x
    return t

print(total(range(200)), total(range(300, -300, -7)), total(range(10, 0)))
print(total(range(-5, 5, 3)), total(range(2 ** 62, 2 ** 62 + 300, 100)))
print(total(range(2 ** 63 - 3, 2 ** 63 + 3)), total(range(-(2 ** 64), -(2 ** 64) + 5)))
print(total(range(10 ** 20, 10 ** 20 - 1000, -250)))
r = range(9223372036854775800, 9223372036854775807, 2)
print(total(r), len(r), list(r)[-1])
print(total([1, 2, 3] * 100), total((1, 2, 3) * 100), total({1: 0, 2: 0}))
print(total(x for x in range(150)), total(iter([5] * 120)))

class MyList(list):
    def __iter__(self):
        return iter([100, 200])

class PlainSub(list):
    pass

print(total(MyList([1, 2, 3])), total(PlainSub(range(120))), total([1.5] * 200))

# The same loop over changing iterators (the site deoptimises and comes
# back).
for it in [range(150), [1] * 150, range(3), "abc", [2] * 150, range(0), [], (1, 2)]:
    acc = []
    for v in it:
        acc.append(v)
    print(type(it).__name__, len(acc), acc[:3])

# A list mutated during iteration.
xs = list(range(150))
seen = 0
for x in xs:
    seen += 1
    if x % 50 == 0:
        xs.append(-x)
    if x == -100:
        xs.clear()
print(seen, len(xs))
xs = list(range(200))
out = []
for x in xs:
    out.append(x)
    if len(out) == 120:
        del xs[100:]
print(len(out), out[-1])

# The loop variable is a local read back; a cell variable; a global.
def cells():
    fs = []
    for i in range(120):
        fs.append(lambda: i)
    return fs[0](), fs[-1]()
print(cells())
for g in range(130):
    pass
print(g)
def last():
    for i in range(140):
        pass
    return i
print(last())

# break / else / continue and nested loops keep their jumps.
def nested(n):
    hits = 0
    for i in range(n):
        for j in [1, 2, 3]:
            if j == 2:
                continue
            if i == 150:
                break
            hits += j
        else:
            hits += 1000
    else:
        hits += 7
    return hits
print(nested(200), nested(5))

# Unpacking: exact tuples of two, longer tuples, lists, then other kinds
# and the wrong lengths.
def two(pairs):
    s = 0
    for a, b in pairs:
        s += a - b
    return s

def three(seq):
    a, b, c = seq
    return a + b + c

print(two([(i, 1) for i in range(150)]))
print(two([[i, 2] for i in range(150)]), two(["ab"] * 0), two([(3, 4), [5, 6], range(2)]))
print(two([{1: 0, 2: 0}] * 3), two([iter((9, 1))] * 1))
for i in range(150):
    three((1, 2, 3))
    three([1, 2, 3])
print(three((1, 2, 3)), three([4, 5, 6]), three("abc"), three(range(3)))
for bad in [(1, 2), (1, 2, 3, 4), [1], [1, 2, 3, 4], "ab", 5, None, iter([1, 2])]:
    try:
        print(three(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [(1,), (1, 2, 3), [], 7]:
    try:
        print(two([(1, 2)] * 120 + [bad]))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class T(tuple):
    def __iter__(self):
        return iter(("sub", "class"))
print(two([(1, 2)] * 150 + [(5, 1)]), three(T((1, 2, 3))) if False else "skip")
for i in range(150):
    a, b = 1, 2
x, y = T((1, 2))
print(x, y)
big = tuple(range(300))
def unpack_big(t):
    (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, *rest) = t
    return a9, len(rest)
print(unpack_big(big))

# The two items of a pair go straight into the locals: the same local
# twice, a local and a cell, old values with __del__.
def same(pairs):
    for x, x in pairs:
        pass
    return x
print(same([(i, -i) for i in range(150)]))
def cell(pairs):
    for a, b in pairs:
        pass
    return a, (lambda: b)()
print(cell([(i, str(i)) for i in range(150)]))
class Noisy:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
def noisy():
    a, b = Noisy("a0"), Noisy("b0")
    for i in range(120):
        t = (i, i)
        a, b = t
    print("loop done", a, b)
    a, b = Noisy("a1"), Noisy("b1")
    a, b = 1, 2
    print("end")
noisy()
def swap(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a
print(swap(150), swap(0))

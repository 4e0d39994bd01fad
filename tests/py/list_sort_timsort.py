# list.sort: comparison order (logged through __lt__), stability, the fast
# paths for ints, floats, strs and tuples, key errors and mixed types.
log = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "K(%d)" % self.v


seed = 3
vals = []
for i in range(300):
    seed = (seed * 1103515245 + 12345) % 2147483648
    vals.append(seed % 50)
ks = [K(v) for v in vals]
ks.sort()
print(len(log), log[:5], log[-5:], sum(a * 7 + b for a, b in log))
print([k.v for k in ks] == sorted(vals))
log.clear()
runs = [K(v) for v in list(range(100)) + list(range(80, 0, -1)) + list(range(40))]
runs.sort()
print(len(log), sum(a * 3 + b for a, b in log))
log.clear()
ks = [K(v) for v in vals[:40]]
sorted(ks, reverse=True)
print(len(log), log[:6])

# Stability with equal keys, reverse and key=.
pairs = [(vals[i], i) for i in range(300)]
print(sorted(pairs, key=lambda p: p[0])[:8])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:8])
print(sorted(range(20), key=lambda x: x % 4, reverse=True))

# Fast-path kinds and their neighbours.
print(sorted([3, -1, 2 ** 70, -(2 ** 65), 0, 5]))
print(sorted([2.5, -0.0, 0.0, float("inf"), -3.25, 1e300]))
print(sorted(["b", "a", "é", "ab", "", "Z", "日本", "ä"]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (0, "a", 1)]))
print(sorted([(2.0, 1), (1.5, 2), (2.0, 0)]))
print(sorted([("x", 2), ("x", 1), ("a", 9)]))
print(sorted([True, 0, 1, False, -1]))
print(sorted([1, 2.5, 0, -0.5, 3]))
print(sorted([(1, 2), [0]], key=len))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0])[1:])


class MyInt(int):
    def __lt__(self, other):
        return int(self) > int(other)


print(sorted([MyInt(1), MyInt(3), MyInt(2)]))

# A key that raises: no further calls, the list keeps its items.
calls = []


def bad_key(x):
    calls.append(x)
    if x == 3:
        raise ValueError("no 3")
    return x


data = [5, 1, 3, 4, 2]
try:
    data.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e, calls, data)
calls.clear()
try:
    sorted([5, 1, 3, 4, 2], key=bad_key)
except ValueError as e:
    print("ValueError", e, calls)

# A comparison that raises; mixed types.
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError", e)
mixed = [3, 1, None, 2]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError", e, sorted(mixed, key=str))


# Mutation during the sort.
class M:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        self.target.append(1)
        return self.v < other.v


t = []
t.extend([M(2, t), M(1, t)])
try:
    t.sort()
except ValueError as e:
    print("ValueError", e, len(t))
big = list(range(2000, 0, -1)) + list(range(3000))
big.sort()
print(big[:3], big[-3:], len(big))

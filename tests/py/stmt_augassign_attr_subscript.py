class Box:
    def __init__(self):
        self.n = 1
        self.items = [1, 2]
        self.d = {"k": 1}
b = Box()
b.n += 5
b.n *= 2
b.items += [3]
b.items[0] += 10
b.d["k"] += 1
b.d["new"] = b.d.get("new", 0) + 1
print(b.n, b.items, b.d)
m = [[1, 2], [3, 4]]
m[1][0] -= 3
m[0] += [9]
print(m)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
s = "x"
s *= 3
t = (1,)
t += (2,)
print(s, t)

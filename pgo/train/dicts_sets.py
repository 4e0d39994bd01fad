# PGO training: dict and set operations.
words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()
text = [words[(i * 7 + i // 3) % len(words)] for i in range(60000)]
freq = {}
for w in text:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
groups = {}
for i, w in enumerate(text[:20000]):
    groups.setdefault(len(w), []).append(i)
print({k: len(v) for k, v in sorted(groups.items())})
d = {}
for i in range(50000):
    d[i] = i * 2
    if i % 3 == 0:
        del d[i]
print(len(d), sum(d.values()), 999 in d, 1000 in d)
inv = {v: k for k, v in d.items()}
print(len(inv), inv.get(4, -1))
s1 = set(range(0, 30000, 2))
s2 = set(range(0, 30000, 3))
print(len(s1 & s2), len(s1 | s2), len(s1 - s2), len(s1 ^ s2))
seen = set()
dups = 0
for i in range(60000):
    k = (i * 31) % 20011
    if k in seen:
        dups += 1
    else:
        seen.add(k)
print(dups, len(seen))
cache = {}


def fibm(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fibm(n - 1) + fibm(n - 2)
    cache[n] = r
    return r


print(fibm(300) % 1000003)
names = {"a": 1, "b": 2}
for i in range(30000):
    names["k" + str(i % 500)] = i
print(len(names), list(names)[:4], names.pop("a"), names.popitem())

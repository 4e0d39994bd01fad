# Dict churn: insert/lookup/delete with int and str keys, counting, iteration.
def run():
    d = {}
    for i in range(400000):
        d[i] = i * 2
    hits = 0
    for i in range(0, 800000, 3):
        if i in d:
            hits += d[i]
    for i in range(0, 400000, 2):
        del d[i]
    names = {}
    for i in range(200000):
        k = "key" + str(i % 5000)
        names[k] = names.get(k, 0) + 1
    total = 0
    for k, v in names.items():
        total += v
    counts = {}
    text = "the quick brown fox jumps over the lazy dog " * 8000
    for w in text.split():
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    pairs = {}
    for i in range(100000):
        pairs[(i % 100, i % 7)] = i
    keys = list(d.keys())
    vals = sum(d.values())
    while len(d) > 100000:
        d.popitem()
    return [hits, len(d), len(names), total, counts["the"], len(pairs), len(keys), vals]


for _ in range(4):
    results = run()
for r in results:
    print(r)

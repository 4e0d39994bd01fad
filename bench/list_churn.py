# List churn: append/pop, slicing, insert, sort, comprehension, nested lists.
def run():
    seed = 7
    data = []
    for i in range(400000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        data.append(seed % 100000)
    stack = []
    checksum = 0
    for x in data:
        stack.append(x)
        if x % 3 == 0:
            checksum += stack.pop()
        if len(stack) > 1000:
            del stack[:500]
    for k in range(800):
        chunk = data[k * 500:(k + 1) * 500]
        chunk.sort()
        checksum += chunk[0] + chunk[-1] + chunk[250]
        rev = chunk[::-1]
        checksum += rev[1]
    sq = [x * 2 for x in data if x % 2]
    checksum += len(sq) + sq[100]
    grid = [[i * j for j in range(100)] for i in range(100)]
    for row in grid:
        row.reverse()
        checksum += row[0]
    q = list(range(6000))
    while q:
        q.pop(0)
        if q:
            q.pop()
    s = sorted(data, reverse=True)
    return [checksum, len(stack), s[0], s[-1], len(q)]


for _ in range(3):
    results = run()
for r in results:
    print(r)

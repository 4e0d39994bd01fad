# Sorting: list.sort and sorted over ints, floats, strs and tuples, with key=,
# reverse=, already-ordered runs and many equal keys (stability shows).
def make_ints(n, seed):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % 1000000 - 500000)
    return out, seed


def run(seed):
    checksum = 0
    ints, seed = make_ints(20000, seed)
    a = ints[:]
    a.sort()
    checksum += a[0] + a[len(a) // 2] + a[-1]
    b = sorted(ints, reverse=True)
    checksum += b[10]
    c = sorted(ints, key=abs)
    checksum += c[0] + c[-1]
    floats = [x / 7.0 for x in ints[:8000]]
    floats.sort()
    checksum += int(floats[100] * 1000)
    words = [str(x % 5000) + "w" for x in ints[:10000]]
    w = sorted(words)
    checksum += len(w[0]) + len(w[-1])
    w2 = sorted(words, key=len)
    checksum += len(w2[0])
    recs = [(x % 97, str(x % 13), x) for x in ints[:8000]]
    recs.sort()
    checksum += recs[0][2] + recs[-1][2]
    by_name = sorted(recs, key=lambda r: r[1])
    checksum += by_name[0][2] + by_name[-1][2]
    runs = list(range(5000)) + list(range(5000, 0, -1)) + list(range(2500))
    runs.sort()
    checksum += runs[7000]
    nearly = list(range(10000))
    for i in range(0, 10000, 100):
        nearly[i] = 10000 - i
    nearly.sort(reverse=True)
    checksum += nearly[50]
    small = []
    for i in range(0, 6000, 6):
        chunk = ints[i:i + 6]
        chunk.sort()
        small.append(chunk[0])
    checksum += sum(small)
    return checksum, seed


total = 0
seed = 12345
for _ in range(14):
    cs, seed = run(seed)
    total += cs
print(total)

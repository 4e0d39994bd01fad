# String building: concatenation in a loop, join, f-strings, %-formatting, methods.
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def run():
    total = 0
    for rep in range(80):
        s = build(5000)
        total += len(s)
    parts = []
    for i in range(200000):
        parts.append(f"{i}:{i * i % 97:02d}")
    joined = ",".join(parts)
    lines = []
    for i in range(60000):
        lines.append("%5d %-8s|%6.2f" % (i, "x" * (i % 8), i / 7))
    text = "\n".join(lines)
    words = text.split()
    upper = 0
    for w in words[:100000]:
        if w.upper() != w.lower():
            upper += 1
    return [total, len(joined), joined[-20:], len(text), len(words), upper, text.count("x"), text.replace("x", "yy").count("y")]


for _ in range(4):
    results = run()
for r in results:
    print(r)

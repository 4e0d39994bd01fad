# PGO training: str building, formatting and methods.
parts = []
for i in range(40000):
    parts.append(f"{i}:{i * 3 % 17:02d}")
s = ",".join(parts)
print(len(s), s[:30], s[-20:])
fields = s.split(",")
print(len(fields), sum(int(f.split(":")[1]) for f in fields[:10000]))
out = ""
for i in range(20000):
    out += str(i % 10)
print(len(out), out.count("7"), out.find("98"), out.rfind("01"))
lines = ["  Line %d: %s = %.3f  " % (i, "key" + str(i), i / 7) for i in range(15000)]
cleaned = [ln.strip().upper().replace("KEY", "k") for ln in lines]
print(cleaned[5], sum(len(c) for c in cleaned))
print("{:>10}|{:<8}|{:^7}|{:.2e}".format("right", "left", "mid", 12345.678))
acc = 0
for i in range(30000):
    t = "item" + repr(i)
    if t.startswith("item1") and t.endswith("9"):
        acc += len(t)
    acc += t[2:].isdigit() + (t < "item5")
print(acc)
b = "héllo wörld".encode("utf-8")
print(len(b), b.decode("utf-8").title(), "-".join(reversed("abcdef")), "x".center(9, "*"))
print(sorted(set("the quick brown fox jumps over the lazy dog")), "abc" * 3, "a,b,,c".split(","))

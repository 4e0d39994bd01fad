s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for i in range(5):
    parts.append("item%d" % i)
print(";".join(parts))
acc = ""
for word in "the quick brown fox".split():
    acc = acc + word[0].upper()
print(acc)
big = ""
for i in range(1000):
    big += "ab"
print(len(big), big[:6], big[-3:])
lines = []
for row in range(3):
    line = ""
    for col in range(4):
        line += str(row * col).rjust(3)
    lines.append(line)
print("\n".join(lines))

# Building a string by += allocates a new str each time (str is immutable);
# join builds it once. Each str is one block (header, lengths, hash, bytes).
s = ""
for i in range(50):
    s += "x"
print(len(s))
parts = ["ab"] * 50
t = "".join(parts)
print(len(t))

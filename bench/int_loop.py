# The seed's shape: a = a + 1, every result a new int object (no small-int cache).
a = 0
i = 0
while i < 6000000:
    a = a + 1
    i = i + 1
print(a, i)

# A dict grows its index and entry tables as keys are added; both tables
# are heap buffers (object allocator while small, raw allocator when large).
d = {}
for i in range(2000):
    d[i] = None
print(len(d))
del d

# A dict grows its keys object (one block: header, index array, entries) as
# keys are added, to calculate_log2_keysize(3 * used) slots each time: a
# heap buffer (object allocator while small, raw allocator when large).
d = {}
for i in range(2000):
    d[i] = None
print(len(d))
del d

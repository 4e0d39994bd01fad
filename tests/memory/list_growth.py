# A list's item array grows by CPython's over-allocation rule. Its buffer
# lives in the object allocator while it is at most 512 bytes (64 pointers),
# and moves to the raw allocator (layer 1) beyond that: the report shows raw
# mallocs once the list passes 64 items.
items = []
for i in range(100):
    items.append(None)
print(len(items))
big = [None] * 1000
print(len(big))
del big

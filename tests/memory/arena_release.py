# A large temporary structure needs new arenas; when it dies, arenas whose
# pools are all free go back to the raw allocator (CPython keeps the last
# usable one). The report shows arenas allocated and reclaimed.
data = [(i, i * 2) for i in range(20000)]
print(len(data))
del data
print("released")

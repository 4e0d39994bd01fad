import tracemalloc

tracemalloc.start()
before = tracemalloc.take_snapshot()
names = [str(i) * 4 for i in range(1000)]
table = {n: len(n) for n in names}
after = tracemalloc.take_snapshot()
mine = tracemalloc.Filter(True, __file__)
for stat in after.filter_traces([mine]).statistics("lineno")[:2]:
    print(stat)
for diff in after.compare_to(before, "lineno")[:1]:
    print(diff)
current, peak = tracemalloc.get_traced_memory()
print("traced now:", current > 0, "peak at least now:", peak >= current)

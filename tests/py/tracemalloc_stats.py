# tracemalloc: CPython 3.11's API and text formats. Sizes depend on object
# layouts, so the live figures are checked against tolerances here; the
# exact formats are checked on Statistic objects built by hand.
import tracemalloc

tb = tracemalloc.Traceback((("prog.py", 3),))
print(tb, len(tb), tb[0].filename, tb[0].lineno)
print(tracemalloc.Statistic(tb, 61130, 1002))
print(tracemalloc.Statistic(tb, 0, 0))
print(tracemalloc.Statistic(tb, 5 * 1024 * 1024, 7))
print(tracemalloc.StatisticDiff(tb, 61130, 16077, 1002, 250))
print(tracemalloc.StatisticDiff(tb, 0, -2048, 0, -3))
for size in (0, 1, 99, 100, 10239, 10240, 102399, 1048576, 10**12):
    print(size, tracemalloc._format_size(size, False), tracemalloc._format_size(-size, True))
print(tracemalloc.Traceback((("b.py", 2), ("a.py", 1))).format())
print(tracemalloc.Traceback((("b.py", 2), ("a.py", 1)), 5).total_nframe)

print(tracemalloc.is_tracing())
tracemalloc.start(5)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
before = tracemalloc.take_snapshot()
data = [str(i) * 3 for i in range(1000)]
after = tracemalloc.take_snapshot()
top = after.statistics("lineno")[0]
print(top.traceback[0].lineno, abs(top.count - 1000) <= 50, 40000 < top.size < 80000)
diff = after.compare_to(before, "lineno")[0]
print(diff.traceback[0].lineno, diff.count_diff >= 950, diff.size_diff > 40000)
by_file = after.statistics("filename")
print(by_file[0].traceback[0].filename == __file__, by_file[0].traceback[0].lineno)
cur, peak = tracemalloc.get_traced_memory()
print(cur >= top.size, peak >= cur)
tracemalloc.reset_peak()
print(tracemalloc.get_traced_memory()[1] <= peak)
del data
print(tracemalloc.get_traced_memory()[0] < cur)
only = after.filter_traces([tracemalloc.Filter(True, __file__, 22)])
print(len(only.statistics("lineno")))
none = after.filter_traces([tracemalloc.Filter(False, "*")])
print(len(none.traces))
print(tracemalloc.get_tracemalloc_memory() > 0)
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory())
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError", e)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError", e)

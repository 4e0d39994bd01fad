# gc.set_debug: DEBUG_SAVEALL keeps the garbage in gc.garbage, uncleared;
# the flags and gc.get_stats() keys are CPython's.
import gc

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
l = [1, 2]
l.append(l)
del l
print(gc.collect(), len(gc.garbage))
saved = gc.garbage[0]
print(type(saved).__name__, saved[:2], saved[2] is saved)
gc.set_debug(0)
gc.garbage.clear()
del saved
print(gc.collect())
print(sorted(gc.get_stats()[2].keys()))
print(gc.get_stats()[2]["collections"] > 0)

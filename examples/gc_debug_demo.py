import gc

gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
node = {}
node["self"] = node   # a dict that refers to itself
del node              # unreachable, but its refcount is still 1
print(gc.collect())

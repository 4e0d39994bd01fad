import gc
log = []
def cb(phase, info):
    log.append((phase, sorted(info.items())))
gc.callbacks.append(cb)
l = []
l.append(l)
del l
n = gc.collect()
print(n)
for e in log:
    print(e)
gc.callbacks.remove(cb)
log.clear()
gc.collect()
print(log)
def bad(phase, info):
    raise ValueError("boom")
gc.callbacks.append(bad)
print(gc.collect(1))
gc.callbacks.clear()
print(gc.get_freeze_count())
gc.freeze()
print(gc.get_freeze_count() > 0)
x = []
x.append(x)
print(gc.is_tracked(x))
gc.unfreeze()
print(gc.get_freeze_count())
del x
print(gc.collect())

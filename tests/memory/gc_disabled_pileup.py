# With the collector disabled, cycles pile up until an explicit collect.
import gc
gc.disable()
for i in range(300):
    l = []
    l.append(l)
del l
print(gc.isenabled())
print(gc.collect())

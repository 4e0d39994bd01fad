# A nested class holding an instance of itself, made 1,000 times: each is a
# cycle (class -> namespace -> instance -> class) that only the collector
# frees. One full collection frees them all; the second finds nothing, and
# teardown finds no leaked block.
import gc
gc.disable()
def f():
    class C:
        pass
    C.inst = C()
for i in range(1000):
    f()
print(gc.collect() > 0)
print(gc.collect())

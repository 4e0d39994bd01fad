# Each random.Random owns a generator state outside the heap; it is freed
# when the instance dies, and a new instance may reuse the slot without
# sharing state with a live one.
import random

a = random.Random(1)
b = random.Random(2)
first_a = a.random()
del b
c = random.Random(3)  # may take b's slot
print(round(first_a, 12), round(a.random(), 12), round(c.random(), 12))
for i in range(2000):
    r = random.Random(i)
    x = r.random()
print(round(x, 12))
print(round(a.random(), 12), round(c.random(), 12))


class Sub(random.Random):
    def __init__(self):
        pass  # never calls Random.__init__: no generator to free


s = Sub()
del s
print("done")

import copy
a = random.Random(7)
b = copy.copy(a)
c = copy.deepcopy(a)
print(a.random() == b.random() == c.random())
del a, b
print(round(c.random(), 12))

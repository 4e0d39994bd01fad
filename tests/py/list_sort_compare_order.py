# The comparisons of a short sort are CPython's: count_run, then binary
# insertion, so a mixed list raises the same TypeError (found by scripts/fuzz-diff).
import random
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
for n in [0, 1, 2, 3, 5, 10, 20]:
    r = random.Random(n)
    L = [K(r.randint(0, 9)) for _ in range(n)]
    print([k.v for k in sorted(L)])
    print([k.v for k in sorted(L, reverse=True)])
for L in [[2**64, True, 'über'], [3, 2, 1, 'a'], [1, 2, 'a', 0], ['b', 'a', 1.5, 2]]:
    try: print(sorted(L))
    except TypeError as e: print(e)
L = list(range(100)); random.Random(5).shuffle(L); print(sorted(L) == list(range(100)))
L = [(i % 7, i) for i in range(200)]; random.Random(7).shuffle(L); print(sorted(L, key=lambda t: t[0])[:10])

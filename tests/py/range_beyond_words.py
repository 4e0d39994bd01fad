# Ranges beyond machine words keep CPython's four int objects in the range's
# own four words (no tuple): indexing, slicing, len, hash, ==, in, iteration.
import sys
big = 2**70
for r in (range(10), range(big), range(-big, big, 3), range(big, 0, -big // 7), range(5, big)):
    print(r, len(r) if len(range(0)) == 0 and r.stop < 2**62 else "big", sys.getsizeof(r), bool(r), r.start, r.step, r[2] if len(r[:3]) > 2 else None, r[-1] if r else None, (big - 1) in r, list(r[:3]), hash(r) == hash(range(r.start, r.stop, r.step)), r == range(r.start, r.stop, r.step), reversed(r).__class__.__name__)
    for i, x in enumerate(r):
        if i > 2: break
        print(" ", x)
print(range(big) == range(big), range(0, big, big) == range(0, 1), list(reversed(range(0, big, big // 3)))[:2])

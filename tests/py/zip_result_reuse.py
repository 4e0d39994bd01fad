# zip keeps its iterators in a tuple and reuses its result tuple while
# nothing else holds it (CPython's zipobject, 64 bytes; zip_next).
for a, b in zip([1,2,3], "abc"): print(a, b)
z = zip([1,2],[3,4]); x = next(z); y = next(z); print(x, y, x is y)
print(list(zip()), list(zip([1],[2],[3])))
try:
    list(zip([1,2],[1], strict=True))
except ValueError as e: print(e)
import sys; print(sys.getsizeof(zip([1],[2])))
z = zip([1,2,3]); a = next(z); del a; b = next(z); print(b)

# The iterator of a range beyond machine words: CPython 3.11's
# longrangeiterobject, 48 bytes, not tracked.
it = iter(range(2**64, 2**64 + 10, 3))
print(list(it), list(it))
import sys
print(sys.getsizeof(iter(range(-2**70, 0))))

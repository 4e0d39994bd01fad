# range hashes by value (CPython's range_hash: equal ranges hash alike),
# keeps CPython's 48 bytes whatever its ints, and has its dunder methods.
import sys
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(5, 5, 3)), hash(range(2**64)) == hash(range(0, 2**64)))
print({range(3): 'a'}[range(0, 3)], hash(range(1, 2, 5)) == hash(range(1, 3, 7)))
print(sys.getsizeof(range(2**64)), sys.getsizeof(range(3)), sys.getsizeof(iter(range(3))))
print(range(3).__len__(), list(range(3).__reversed__()), range(2**64).__reversed__().__next__())
print(range(3).__contains__(2), range(2**64).__getitem__(5))

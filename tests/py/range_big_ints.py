# range with ints beyond 64 bits (CPython's range holds ints of any size):
# construction, len, indexing, slicing, `in`, index/count, repr, equality,
# iteration and reversed(); and enumerate counting on past 64 bits.
import sys

big = 2**64
r = range(big)
print(r, bool(r), r.start, r.stop, r.step)
try:
    len(r)
except OverflowError as e:
    print('len:', e)
print(r[0], r[2**63], r[-1], r[-big])
for key in (big, -big - 1):
    try:
        r[key]
    except IndexError as e:
        print('index', key, '->', e)
print(r[1:2**63:2**62], r[::-1], r[-3:], r[big - 2:], r[5:2])
print(2**63 in r, big in r, -1 in r, big - 1 in r, 3.0 in r, 'x' in range(5))
print(r.index(2**63), r.count(5), r.count(big), r.index(3.0))
try:
    r.index(big)
except ValueError as e:
    print('index:', e)
print(range(-big, big, 2**60), len(range(-big, big, 2**60)))
print(range(big, big + 5), list(range(big, big + 5)))
print(list(range(big + 4, big, -1)), list(range(-big, -big - 7, -3)))
print(list(reversed(range(big, big + 3))), list(reversed(range(-big, big, big))))
it = iter(range(big, big + 2))
print(type(it).__name__, next(it), next(it), next(it, 'done'))
print(type(iter(range(3))).__name__, type(reversed(range(3))).__name__)
print(type(iter(range(2**63 - 2))).__name__, type(iter(range(0, 2**63 - 1, 2))).__name__)
print(type(iter(range(-2**63, 2**63 - 1))).__name__)
print(type(reversed(range(-2**63, 0))).__name__, type(reversed(range(2**63 - 1))).__name__)
print(list(reversed(range(2**63 - 3, 2**63 - 1))), list(range(2**63 - 3, 2**63 - 1)))
print(list(reversed(range(-2**63, -2**63 + 2))))
print(range(big) == range(0, big, 1), range(big, big) == range(0), range(big, big + 1) == range(big, big + 2, 7))
print(range(big, 3 * big, big) == range(big, 3 * big - 1, big), range(big) != range(big + 1))
print(len(range(big, big + 10, 3)), bool(range(big, 0)), list(range(big, 0)))
print(range(big)[big - 3: big + 10], range(0, 10)[2**100:], range(0, 10)[-2**100:2])
print(range(0, 10)[::2**70], range(0, 10)[::-2**70])
print(range(-2**63, 2**63 - 1)[-1], range(-2**63, 2**63 - 1)[2**63])
try:
    range(0, big, 0)
except ValueError as e:
    print(e)
try:
    list(range(big))
except OverflowError as e:
    print('list:', e)
print(sum(range(big, big + 3)), max(range(big, big + 3)), min(range(-big, 0, big // 2)))
print(sorted(range(big + 2, big - 1, -1)))
print([x for x in range(2**63 - 2, 2**63 + 2)])


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(range(Idx(big), Idx(big + 3)), range(10)[Idx(3)], range(10)[Idx(1):Idx(8):Idx(3)])
print(range(big)[Idx(2**65 - 1) if False else Idx(big - 1)])
try:
    range(10)['a']
except TypeError as e:
    print(e)
try:
    range(10)[1:'a']
except TypeError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
print(range(True), range(False, True, True), range(10)[True])
print(range(3 * big, -big, -big), len(range(3 * big, -big, -big)))
print(list(range(sys.maxsize - 1, sys.maxsize + 2)))
print(list(enumerate('abc', 2**64 - 1)), list(enumerate('ab', -2**64)))
print(list(enumerate('abc', sys.maxsize - 1)))
print(list(enumerate('ab', Idx(big))))
e = enumerate('abcd', big)
print(next(e), next(e))

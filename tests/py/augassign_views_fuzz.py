# Found by scripts/fuzz-diff: d |= anything d.update() takes (with its
# errors), in-place * tries only the left operand's repetition, set-like dict
# views against sets give plain sets and compare as subsets.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print('!', type(e).__name__, e)
def ior(d, v):
    y = d
    d |= v
    return d, d is y
for v in ([(1, 2)], 'ab', ['nan'], (100.0, 'x'), None, {'k': 1}, [[3, 4], 'cd'], [(1, 2, 3)]):
    t(lambda: ior({0: 0}, v))
def imul(x, v):
    x *= v
    return x
for x, v in (({-1}, [1]), ([1], {2}), ({1: 2}, 'ab'), ((1,), 2), ('ab', 2), ([1], 2)):
    t(lambda: imul(x, v))
    t(lambda: x * v)
k = {1: 2, 3: 4}.keys()
i = {1: 2}.items()
for s in ({1}, {1, 3}, {1, 3, 5}, frozenset({1}), set(), {(1, 2)}):
    t(lambda: (s <= k, s < k, s >= k, s > k, s == k, k <= s, k > s, s <= i))
    t(lambda: (s & k, s | k, s - k, s ^ k, k & s, k - s))
    def iand():
        x = s
        x &= k
        return x, type(x).__name__
    t(iand)
t(lambda: {1} <= {1: 2}.values())
t(lambda: k <= {1: 0, 3: 0, 5: 0}.keys())
# the orders of insertion of the view operators
for s in ({(1, 2)}, {3, (1, 2), 9}, [5, 1], frozenset({3, 100})):
    t(lambda: (s ^ k, k ^ s, s | k, k | s, s - k, k - s, s & k, k & s))
t(lambda: {1: 0, 2: 0, 9: 0}.keys() & {9: 0, 1: 0}.keys())
t(lambda: {1: 0}.keys() & {9: 0, 1: 0, 2: 0}.keys())
t(lambda: {1: 0, 2: 0}.items() ^ {(1, 0), (3, 3)})
for x, v in ((1e300, (1, 2)), (5, [1]), (None, 'ab'), (2.5, {1}), ({1}, (1,)), (range(2), [1]), ({1: 2}.keys(), [2])):
    t(lambda: imul(x, v))

# Indices beyond 64 bits in slices and in the start/end arguments of
# index/find/count/startswith (clamped as CPython's _PyEval_SliceIndex).
big = 2**64
tests = [
    lambda: [1, 2, 3][big:], lambda: [1, 2, 3][-big:], lambda: 'abc'[::big], lambda: 'abc'[::-big],
    lambda: (1, 2, 3)[1:big], lambda: b'abc'[-big:big], lambda: [1][big], lambda: 'a'[-big],
    lambda: [1, 2, 3][::big], lambda: bytearray(b'abc')[big:], lambda: memoryview(b'abc')[big:].tobytes(),
    lambda: [1, 2, 3].index(2, -big, big), lambda: 'abc'.find('b', -big, big), lambda: (1, 2).index(2, 0, big),
    lambda: [1, 2, 3].pop(big), lambda: [1, 2].insert(big, 5),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
l = [1, 2, 3]
l[big:] = [9]
print(l)
del l[-big:1]
print(l)
l = [1, 2, 3]
try:
    l.insert(big, 7)
except OverflowError as e:
    print('insert:', e)
print(l)
for f in (lambda: [1].index(1, 'a'), lambda: 'abc'.find('b', 'a'), lambda: (1,).index(1, 0, 'x'),
          lambda: b'abc'.find(b'b', 'a'), lambda: [1].index(1, None)):
    try:
        f()
    except TypeError as e:
        print(e)
print('abc'.find('b', -2**64, 2**64), b'abc'.find(b'b', -2**64, 2**64), b'abc'.count(b'b', 2**64),
      'abc'.count('b', -2**70), 'abc'.startswith('a', -2**64), 'abc'.endswith('c', 0, 2**64),
      b'abc'.index(b'c', 0, 2**65), 'abc'.rfind('a', -2**64), [1, 2, 1].index(1, 1, 2**64))

# bytes() checks each item as it arrives: an endless iterable of non-ints
# fails at its first item instead of hanging (found by scripts/fuzz-diff).
class Forever:
    def __getitem__(self, k):
        return (k,)


try:
    print(bytes(Forever()))
except TypeError as e:
    print(type(e).__name__, e)


def gen():
    yield 65
    yield 'x'
    while True:
        yield 1


try:
    print(bytes(gen()))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(bytes([1, 300]))
except ValueError as e:
    print(type(e).__name__, e)
print(bytes(iter([104, 105])))
try:
    print(bytes(5.0))
except TypeError as e:
    print(type(e).__name__, e)

# list.sort(key=...) stops at the first failing key, and small fixes beside.
try:
    [b'a,b', 'ab'].sort(key=abs)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'inf'.strip(1)
except TypeError as e:
    print(type(e).__name__, e)
for f in [float('nan'), float('inf'), 0.75]:
    try:
        print(f.as_integer_ratio())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

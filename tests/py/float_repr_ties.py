# Shortest repr when two shortest candidates are equally close to the exact
# value: CPython (David Gay's dtoa) picks the even last digit.
import random
print(1e15 + 0.3, 1e15 + 0.7, 1e16 + 2, 123456789012345.67, 0.1, 5e-324, 1.7976931348623157e308)
print([1e15 + k / 8 for k in range(16)])
print(f"{1e15 + 0.3!r} {str(1e15 + 0.25)} {1e15 + 0.25:.1f} {1e15 + 0.75:.1f}")
random.seed(5)
for i in range(300):
    e = random.randint(-30, 30)
    x = random.random() * 10 ** e
    y = round(x * 8) / 8 + 10 ** random.randint(10, 16)
    print(repr(x), repr(y), str(-y), repr(float(i) / 8 + 1e15))

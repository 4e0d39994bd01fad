# int / int is correctly rounded for ints of any size (CPython's
# long_true_divide), including subnormal results; 0, 1 and -1 to a huge power.
import random

r = random.Random(5)
vals = [1 / 10**25, 10**25 / 3, -7 / 10**30, 0 / -5, (2**53 + 1) / 1, (2**54 + 1) / 2,
        10**400 // 3 / 10**399, 1 / 3**700, 3**700 / 7**500, 1 / 2**1074, 1 / 2**1075,
        3 / 2**1076, (2**1024 - 2**970) / 2**0 if False else 2**1023 / 1,
        0 ** 2**64, 1 ** 2**64, (-1) ** (2**64 + 1), (-1) ** 2**64]
for v in vals:
    print(repr(v))
for i in range(300):
    a = r.getrandbits(r.randrange(1, 400)) * r.choice([1, -1])
    b = r.getrandbits(r.randrange(1, 400)) or 1
    sh = r.randrange(0, 1200)
    for x, y in [(a, b), (a, b << sh), (a << sh, b)]:
        try:
            print(repr(x / y))
        except OverflowError as e:
            print(e)
for x, y in [(2**1024, 1), (10**400, 3), (1, 0)]:
    try:
        print(x / y)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# timeit: statements as strings and callables, setup, globals, number,
# repeat and autorange; the timings themselves are only checked for type
# and sign.
import timeit

calls = []


def work():
    calls.append(1)


t = timeit.timeit(work, number=7)
print(type(t).__name__, t >= 0, len(calls))
calls.clear()
r = timeit.repeat(work, repeat=3, number=4)
print(len(r), all(x >= 0 for x in r), len(calls))
print(timeit.timeit("x = sum(range(10))", number=100) >= 0)
print(timeit.timeit("y = a * 2", setup="a = 21", number=50) >= 0)
g = {"data": [3, 1, 2]}
print(timeit.timeit("sorted(data)", globals=g, number=10) >= 0)
timer = timeit.Timer("for i in range(3):\n    pass", setup="import math\nb = math.pi")
print(timer.timeit(5) >= 0, "def inner" in timer.src)
n, taken = timeit.Timer(work).autorange()
print(n in (1, 2, 5) or n % 10 == 0, taken >= 0.2)
trials = []
timeit.Timer("pass").autorange(lambda number, time_taken: trials.append(number))
print(trials[:3])
for bad in ["x = = 1", 5]:
    try:
        timeit.Timer(bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print(e)
print(timeit.default_timer is __import__("time").perf_counter)

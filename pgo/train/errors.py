# PGO training: exceptions, try/finally and context managers.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


class Resource:
    opened = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened -= 1
        return exc_type is KeyError


def risky(i):
    if i % 5 == 0:
        raise AppError(i)
    if i % 7 == 0:
        raise KeyError(i)
    return i


caught = 0
codes = 0
finals = 0
for i in range(30000):
    try:
        risky(i)
    except AppError as e:
        codes += e.code
    except KeyError:
        caught += 1
    finally:
        finals += 1
print(caught, codes, finals)
suppressed = 0
for i in range(20000):
    with Resource():
        if i % 7 == 0:
            suppressed += 1
            raise KeyError(i)
print(suppressed, Resource.opened)
d = {}
misses = 0
for i in range(30000):
    try:
        d[i % 100] += 1
    except KeyError:
        misses += 1
        d[i % 100] = 1
print(misses, sum(d.values()))
try:
    [][1]
except IndexError as e:
    print(type(e).__name__, e)
try:
    int("x")
except ValueError as e:
    print(e)

values = [1, 1.0, "1", [1], (1,), {1: 1}, None, True, range(1)]
for v in values:
    print(repr(v), isinstance(v, int), isinstance(v, (float, str)), isinstance(v, (list, tuple, dict)))
print(isinstance(True, (bool,)), isinstance(3, (str, (float, int))))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)

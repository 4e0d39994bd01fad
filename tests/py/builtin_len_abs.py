print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len(range(5)), len(""), len({1, 2}))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(10 ** 30)), abs(True))
print(len([[1, 2], [3]]), len("日本"))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)

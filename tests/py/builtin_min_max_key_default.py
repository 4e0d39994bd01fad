words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: w[-1]))
print(min([], default="empty"), max([], default=None))
print(min([5], default=0), max(3, 9, 2), min(3, 9, 2, key=lambda x: -x))
print(max("abc"), min((4, 2), (4, 1)))
print(max([1, 3, 3], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
try:
    min([])
except ValueError as e:
    print("ValueError", e)
try:
    max()
except TypeError as e:
    print("TypeError", e)
d = {"a": 3, "b": 7, "c": 1}
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
print(max(range(10), key=lambda x: (x % 4, x)))
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)

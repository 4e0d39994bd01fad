print(max(1, 5, 3), min(1, 5, 3), max([4, 2, 8]), min((4, 2, 8)), max("hello"))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None), max([3], default=0))
print(max([-3, 2, -5], key=abs), min([-3, 2, -5], key=abs), max(1, 2.5), max(2, 2.0), max(2.0, 2))
print(max([(1, "b"), (2, "a")], key=lambda t: t[1]))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min("bca"))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)

a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
w = ["pear", "Apple", "fig", "banana", "apple"]
w.sort()
print(w)
f = [3.5, -1, 2, 0.25, 10 ** 20, -(10 ** 20)]
f.sort()
print(f)
t = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
t.sort()
print(t)
e = []
e.sort()
print(e, sorted([3, 1, 2]), [3, 1, 2])
r = a.sort()
print(r)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)

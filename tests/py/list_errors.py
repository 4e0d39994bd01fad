a = [1, 2, 3]
tests = [
    lambda: a[3],
    lambda: a[-4],
    lambda: a["x"],
    lambda: a.index(9),
    lambda: [].pop(),
    lambda: a.remove(7),
    lambda: a + 1,
    lambda: a * 1.5,
    lambda: a[1.0],
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    a[5] = 1
except IndexError as e:
    print("IndexError:", e)

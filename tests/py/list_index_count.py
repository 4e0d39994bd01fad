a = [5, 3, 5, 1, 5, "5", 5.0]
print(a.index(5), a.index(3), a.index("5"), a.index(5, 1), a.index(5, 3, 6))
print(a.count(5), a.count("5"), a.count(7), [[1], [1]].count([1]))
print(3 in a, 7 in a, "5" in a, 7 not in a)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)

r = range(10)
print(len(r), r[0], r[9], r[-1], r[-10], list(r))
print(list(range(3, 8)), list(range(0, 20, 5)), list(range(5, 5)), list(range(5, 0)))
print(len(range(1, 100, 7)), range(1, 100, 7)[3], list(range(1, 100, 7))[-1])
print(sum(range(101)), len(range(10 ** 12)))
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
print(range(0, 10)[2:5], range(10)[::-1], list(range(10)[1::3]))

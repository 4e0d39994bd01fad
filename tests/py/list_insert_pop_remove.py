a = [1, 2, 3]
a.insert(0, 0)
a.insert(2, 1.5)
a.insert(100, 99)
a.insert(-1, 98)
a.insert(-100, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2))
print(a)
a.remove(1)
print(a)
a = [3, 1, 3, 2, 3]
a.remove(3)
print(a)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)

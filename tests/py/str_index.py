s = "hello world"
print(s[0], s[4], s[-1], s[-5], s[len(s) - 1])
print(len(s), len(""), len("a"))
for i in range(-3, 3):
    print(i, repr(s[i]))
try:
    s[11]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-12]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)

a = "foo"
b = "bar"
print(a + b, a + " " + b, a * 3, 3 * b, a * 0 == "", repr(a * -1))
c = a
c += b
print(c, a)
print("-" * 20)
print("ab" * 2 + "c")
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)

a = 1
b = "a"
print("adding", a, "and", repr(b))
print(a + b)

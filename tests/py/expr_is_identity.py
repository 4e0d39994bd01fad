a = 256
b = 256
print(a == b)
s = "hello"
t = "hel" + "lo"
print(s == t)
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, x is not z)
print(None is None, True is True, "" == "")
def f(): pass
print(f is f, f == f)
n = None
print(n is None, n == None, n is not None)
print(type(1) is int, type(True) is bool, type(1.0) is not int)
print(1 == True, 0 == False)
print([] == [], [] is not [], {} == {})
print(float("nan") == float("nan"))
nan = float("nan")
print(nan != nan, [nan] == [nan])

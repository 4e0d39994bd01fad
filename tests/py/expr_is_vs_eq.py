a = [1, 2]
b = a
c = [1, 2]
print(a == b, a is b, a == c, a is c, a is not c)
print(None is None, True is True, (1 == 1) is True)
x = "hello"
y = x
print(x is y, x == "hel" + "lo")
class E:
    def __eq__(self, o):
        return True
e = E()
print(e == 5, e is e, e != 5, 5 == e)
t = ()
print(t == (), len(t))
print(1 == 1.0, [1] == [1.0], (1, 2) == [1, 2])

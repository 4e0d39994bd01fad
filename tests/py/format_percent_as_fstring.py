# CPython's AST optimizer compiles "..." % (a, b) with only %s, %r and %a
# units as the f-string it equals (its code and co_stacksize then too).
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "<%s>" % (self.x,)
v = V(1, "a")
print(repr(v), str(v), V.__repr__.__code__.co_stacksize, V.__str__.__code__.co_stacksize)
x, y = "ab", 3.5
print("%5s|%-5s|%.1s|%05s|%a|%%|%r" % (x, x, x, x, "é", y))
print("%s" % (x,), "%s %s" % (x, [1]), "%d" % (3,), "%s" % ("c",), "%(a)s" % {"a": 1})
try:
    print("%s %s" % (x,))
except TypeError as e:
    print("TypeError", e)
try:
    print("%s" % (x, y))
except TypeError as e:
    print("TypeError", e)
def f(a, b):
    return "%s-%s-%s" % (a, b, a)
print(f(1, 2), f.__code__.co_stacksize)
print("%3s|%.5r|%10.2s|" % (1, "abcdef", "xyz"))
print("%s" % ((1, 2),), "%s %s" % (x, (1,)))

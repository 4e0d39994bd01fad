print("%d %s %r %5.2f %x" % (42, "str", "str", 3.14159, 255))
print("%s" % "single", "%d%%" % 50, "%i" % 7)
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.3s|%10s|%-10s|" % ("abcdef", "right", "left"))
print("%o %X %e %g %c" % (8, 255, 1234.5, 0.00001, 65))
print("%s %s" % ([1, 2], (3,)))
print("%(a)s-%(b)d" % {"a": "x", "b": 5})
print("%+d %+d" % (3, -3))
print("%.0f %.1f %.2f" % (2.5, 0.05, 1.005))
print("%s" % (None,), "%r" % (None,))
print("%d" % 3.99, "%s" % 3.5)
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print("TypeError:", e)

d = {"name": "Ann", "age": 30, "score": 91.256}
print("%(name)s is %(age)d" % d)
print("%(score).1f%%" % d)
print("%(name)-6s|%(age)5d|" % d)
print("%s %s" % ("a", "b"))
print("%r" % ("x",))
print("%5.2f|%-8.3e|%g" % (3.14159, 1234.5, 0.00001))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c" % (72, "i"))
print("%05d|%+d|% d" % (42, 42, 42))
print("%s" % [1, 2])
print("%s" % ((1, 2),))
print("%.3s" % "abcdef")
print("%*d" % (5, 42))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
try:
    print("%s %s" % ("a",))
except TypeError as e:
    print("TypeError", e)
try:
    print("%(missing)s" % d)
except KeyError as e:
    print("KeyError", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError", e)

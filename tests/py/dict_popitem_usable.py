# CPython 3.11's popitem gives the entry number back but not its usable
# count, so a dict refilled after popitem resizes when CPython's does.
import sys
import sys
d = {}
for i in range(5): d[i] = i
for j in range(3):
    d.popitem(); d[10 + j] = j
    print(sys.getsizeof(d), list(d))
d = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
d.popitem(); d["f"] = 6
print(sys.getsizeof(d), d)

class C:
    def __init__(s):
        s.a = 1
        s.b = 2
o = C()
d = o.__dict__
def p(t): print(t, sys.getsizeof(d), list(d.items()))
d.clear(); p("clear")
d[10] = 'int'; p("int")
print(d.popitem()); p("popitem")
d['e'] = 21; p("e")
d['x104'] = 26; p("x104")
del o.e; p("del e")
o.x104 = 36; p("x104=36")
d['b'] = 38; p("b")
o.b = 39
print(d.setdefault('e', 41)); p("setdefault")
print(d.popitem()); p("popitem2")
o.e = 48; p("e48")

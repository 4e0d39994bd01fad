class C:
    def __init__(self):
        self.a = 1
c = C()
try:
    c.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    C.missing
except AttributeError as e:
    print("AttributeError:", e)
for obj in [5, "s", [], None, (1,)]:
    try:
        obj.nope
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del c.zz
except AttributeError as e:
    print("AttributeError:", e)

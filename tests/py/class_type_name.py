class Widget:
    pass
class Gadget(Widget):
    pass
for v in [1, 1.5, "s", [], (), {}, None, True, range(1), Widget(), Gadget(), len, print, Widget]:
    print(type(v).__name__)
print(Widget.__name__, Gadget.__name__, type(Gadget()) is Gadget)
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__)
print(type(ValueError("x")).__name__, type(iter([])).__name__)

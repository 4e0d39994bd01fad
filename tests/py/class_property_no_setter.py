# Assigning or deleting a property without a setter or deleter.
class C:
    @property
    def x(self):
        return 1

    def get_y(self):
        return 2

    y = property(get_y)


c = C()
for action in [lambda: setattr(c, "x", 2), lambda: delattr(c, "x"), lambda: setattr(c, "y", 3)]:
    try:
        action()
    except AttributeError as e:
        print(e)
print(c.x, c.y)

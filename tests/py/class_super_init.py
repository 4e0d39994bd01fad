class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x
    def hello(self):
        return "Base hello"
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        print("Mid.__init__", y)
        self.y = y
    def hello(self):
        return "Mid+" + super().hello()
class Leaf(Mid):
    def __init__(self):
        super().__init__(1, 2)
        self.z = 3
    def hello(self):
        return "Leaf+" + super().hello()
o = Leaf()
print(o.x, o.y, o.z, o.hello())
class NoInit(Base):
    pass
print(NoInit(7).x)

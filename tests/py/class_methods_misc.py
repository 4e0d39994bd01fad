class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32
    @classmethod
    def freezing(cls):
        return cls(0)
    def to_f(self):
        return Temp.convert(self.deg)
t = Temp.freezing()
print(t.deg, t.to_f(), Temp.convert(100), t.convert(-40))
class Sub(Temp):
    pass
print(type(Sub.freezing()).__name__)

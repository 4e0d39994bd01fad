class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        print("radd", other)
        return self.__add__(other)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents

print(Money(5) + 3, 3 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(10 - Money(3))
print(Money(1) < Money(2), Money(2) > Money(1), Money(3) >= Money(3))
print(max([Money(4), Money(9), Money(2)]))
print(sorted([Money(4), Money(9), Money(2)]))

class Sub(Money):
    def __radd__(self, other):
        return "Sub.radd"
print(Money(1) + Sub(2))

class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("Num.eq")
        return NotImplemented
print(Num(1) == Num(1))
print(Num(1) == 1)
print(Num(1) != 2)

# PGO training: classes, methods, properties, inheritance and dunders.
class Account:
    rate = 0.01

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        self.history.append(-amount)

    @property
    def count(self):
        return len(self.history)


class Savings(Account):
    rate = 0.03

    def __init__(self, owner, balance=0):
        super().__init__(owner, balance)
        self.locked = False

    def accrue(self):
        self.balance += int(self.balance * self.rate)


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"Money({self.cents})"


class Task:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio
        self.done = 0

    def step(self):
        self.done += 1
        return self.done >= self.prio


accounts = [Savings(f"o{i}", i) if i % 2 else Account(f"o{i}", i) for i in range(200)]
fails = 0
for rnd in range(200):
    for a in accounts:
        a.deposit(rnd % 7)
        try:
            a.withdraw(rnd % 11)
        except ValueError:
            fails += 1
        if isinstance(a, Savings) and rnd % 50 == 0:
            a.accrue()
print(fails, sum(a.balance for a in accounts), sum(a.count for a in accounts))
total = Money(0)
for i in range(40000):
    total = total + Money(i % 100)
print(total, Money(3) == Money(3), len({Money(i % 10) for i in range(1000)}), min(Money(5), Money(2)))
queue = [Task(f"t{i}", i % 9 + 1) for i in range(300)]
ticks = 0
while queue:
    t = queue.pop(0)
    ticks += 1
    if not t.step():
        queue.append(t)
print(ticks, getattr(accounts[1], "locked", None), hasattr(accounts[0], "locked"))

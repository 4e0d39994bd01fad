class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class AccountLocked(Exception):
    pass

class Account:
    _next_id = 1
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
        self.locked = False

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner.strip(), int(bal))

    @staticmethod
    def validate(amount):
        if not isinstance(amount, (int, float)) or amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        return amount

    def deposit(self, amount):
        if self.locked:
            raise AccountLocked(self.owner)
        self.validate(amount)
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self.validate(amount)
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"

    def __str__(self):
        return f"#{self.id} {self.owner:<10}{self._balance:>10.2f}"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.id == other.id

    def __hash__(self):
        return hash(self.id)

    def __lt__(self, other):
        return self._balance < other._balance

class SavingsAccount(Account):
    interest_rate = 0.05

    def add_interest(self):
        interest = round(self._balance * self.interest_rate, 2)
        self.deposit(interest)
        return interest

    def __repr__(self):
        return "Savings" + super().__repr__()

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, acct):
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError as e:
            print("no such account", e)
            return False
        except InsufficientFunds as e:
            print(f"transfer failed: {e} (short by {e.needed - e.available})")
            return False
        else:
            self.accounts[dst].deposit(amount)
            return True
        finally:
            print(f"transfer {src}->{dst} {amount} attempted")

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def __len__(self):
        return len(self.accounts)

    def __iter__(self):
        return iter(sorted(self.accounts.values()))

    def __contains__(self, acct):
        return acct.id in self.accounts

bank = Bank("First")
a = bank.open(Account("alice", 100))
b = bank.open(SavingsAccount("bob", 250))
c = bank.open(Account.from_string("carol : 75"))
print(repr(a), repr(b), repr(c))
print(bank.transfer(1, 2, 50))
print(bank.transfer(3, 1, 500))
print(bank.transfer(9, 1, 5))
print(b.add_interest())
for acct in bank:
    print(acct)
print(len(bank), a in bank, Account("x") in bank)
print(f"total={bank.total():.2f}")
try:
    a.balance = -5
except ValueError as e:
    print("ValueError:", e)
try:
    a.deposit(-3)
except ValueError as e:
    print("ValueError:", e)
try:
    a.deposit("10")
except ValueError as e:
    print(e.args)
a.locked = True
try:
    a.deposit(10)
except AccountLocked as e:
    print(type(e).__name__, e, e.args)
print(a.history, b.history)
print(a == a, a == b, a != b, a == 3)
print(sorted([a, b, c], key=lambda x: -x.balance))
print(max(bank), min(bank))
print(SavingsAccount.interest_rate, Account.interest_rate, b.interest_rate)
print(isinstance(b, Account), issubclass(SavingsAccount, Account), type(b).__name__)
print(SavingsAccount.__mro__)
print({a: 1, b: 2}[a])
a.withdraw(1000)

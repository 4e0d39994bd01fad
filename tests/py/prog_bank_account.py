class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance is {account.balance}")
        self.amount = amount


class Account:
    next_id = 1
    interest_rate = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account.next_id
        Account.next_id += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def apply_interest(self):
        gained = round(self.balance * self.interest_rate, 2)
        self.balance = round(self.balance + gained, 2)
        self.history.append(("interest", gained))

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id}, {self.owner!r}, {self.balance})"


class Savings(Account):
    interest_rate = 0.025

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("savings: withdrawal limit reached")
        return super().withdraw(amount)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, initial):
        acct = cls(owner, initial)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except (InsufficientFunds, RuntimeError) as e:
            print("transfer failed:", e)
            return False
        else:
            dst.deposit(amount)
            return True
        finally:
            print(f"transfer {amount} {src.owner}->{dst.owner} attempted")

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(Savings, "bob", 1000)
carol = bank.open(Savings, "carol", 50)
print(bank.accounts)
print(bank.transfer(alice, bob, 30))
print(bank.transfer(alice, bob, 500))
print(bank.transfer(bob, carol, 100))
print(bank.transfer(bob, carol, 100))
print(bank.transfer(bob, alice, 1))
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in bank.accounts.values():
    acct.apply_interest()
for acct in sorted(bank.accounts.values(), key=lambda a: a.balance, reverse=True):
    print(f"{acct.owner:<6}{acct.balance:>10.2f}  {len(acct.history)} ops")
print("total:", round(bank.total(), 2))
print(bob.history)

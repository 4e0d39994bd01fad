class InsufficientFunds(Exception):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"balance {balance} < {amount}")
    return balance - amount
b = withdraw(100, 30)
print("balance", b)
withdraw(b, 500)

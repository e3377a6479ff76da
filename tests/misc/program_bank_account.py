# A small program: classes, exceptions and formatting together.
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.owner + ' has only ' + str(self.balance))
        self.balance -= amount
        self.history.append(('withdraw', amount))
    def __repr__(self):
        return f'Account({self.owner!r}, {self.balance})'
acct = Account('ann', 100)
for op, amount in [('deposit', 50), ('withdraw', 30), ('withdraw', 500), ('deposit', -5)]:
    try:
        getattr(acct, op)(amount)
        print(f'{op:>8} {amount:>5} -> {acct.balance:>6,}')
    except (InsufficientFunds, ValueError) as e:
        print(f'{op:>8} {amount:>5} !! {type(e).__name__}: {e}')
print(acct, len(acct.history), acct.history)

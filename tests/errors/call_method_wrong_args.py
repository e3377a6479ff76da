# Wrong argument counts for methods and constructors (messages use Class.name).
class Account:
    def __init__(self, owner):
        self.owner = owner
    def deposit(self, amount):
        return amount
try:
    Account()
except TypeError as e:
    print(type(e).__name__, e)
a = Account('ann')
try:
    a.deposit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.deposit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Account.deposit(5)
except TypeError as e:
    print(type(e).__name__, e)

# Double-underscore names are mangled with the class name.
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._hint = 'protected by convention'
    def balance(self):
        return self.__balance
a = Account(100)
print(a.balance(), a._hint, hasattr(a, '__balance'), a._Account__balance)
class Sub(Account):
    def __init__(self):
        super().__init__(5)
        self.__balance = 'sub'
s = Sub()
print(s.balance(), s._Sub__balance)

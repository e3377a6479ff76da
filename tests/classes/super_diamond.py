# Cooperative super() follows the MRO through a diamond.
class Root:
    def hello(self):
        return ['Root']
class Left(Root):
    def hello(self):
        return ['Left'] + super().hello()
class Right(Root):
    def hello(self):
        return ['Right'] + super().hello()
class Bottom(Left, Right):
    def hello(self):
        return ['Bottom'] + super().hello()
print(Bottom().hello())
class Init(Left, Right):
    def __init__(self):
        self.log = super().hello()
print(Init().log)

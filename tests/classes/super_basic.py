# super() calls the parent implementation.
class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return 'Base(' + str(self.x) + ')'
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return 'Child<' + super().describe() + ', ' + str(self.y) + '>'
c = Child(1, 2)
print(c.x, c.y, c.describe())
class GrandChild(Child):
    def describe(self):
        return 'GC:' + super().describe()
print(GrandChild(3, 4).describe())

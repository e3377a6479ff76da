# abc: ABC, ABCMeta and abstractmethod can be used to declare interfaces; concrete subclasses work normally.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...

class Job(Base):
    def run(self):
        return "ran"

print(Square(3).describe(), isinstance(Square(1), Shape), Job().run())

# classmethod receives the class; staticmethod receives nothing extra.
class Shape:
    count = 0
    def __init__(self, sides):
        self.sides = sides
        Shape.count += 1
    @classmethod
    def triangle(cls):
        return cls(3)
    @classmethod
    def name(cls):
        return cls.__name__
    @staticmethod
    def add(a, b):
        return a + b
class Square(Shape):
    pass
t = Shape.triangle()
s = Square.triangle()
print(t.sides, type(s).__name__, Shape.name(), Square.name(), s.name())
print(Shape.add(2, 3), t.add(4, 5), Square.add('a', 'b'), Shape.count)

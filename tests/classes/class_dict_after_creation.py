# A class namespace after the class body: adding, rebinding, deleting and re-adding attributes, and method lookups in between
class Shape:
    "A shape."
    sides = 0
    def area(self):
        return 0
    def name(self):
        return "shape"

s = Shape()
print(s.area(), s.name(), Shape.sides, Shape.__doc__)
for i in range(20):  # grow well past the body's size
    setattr(Shape, "attr%d" % i, i)
print(Shape.attr0, Shape.attr19, s.attr7, s.area())
del Shape.area
print(hasattr(s, "area"), s.name())
Shape.area = lambda self: 42
print(s.area())
for i in range(0, 20, 2):
    delattr(Shape, "attr%d" % i)
print([k for k in Shape.__dict__ if k.startswith("attr")])
Shape.sides = 4
print(s.sides, Shape.sides, s.area(), s.name())

class Square(Shape):
    def area(self):
        return 16
q = Square()
Shape.perimeter = lambda self: 4 * 4
print(q.area(), q.perimeter(), q.name(), q.attr1)
print([k for k in Square.__dict__ if not k.startswith("__")])

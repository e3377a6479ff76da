# Subclassing a namedtuple: methods, properties, the subclass's name in repr, __slots__ keeps it dict-free.
from collections import namedtuple

class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __str__(self):
        return "Point at %d,%d" % self

class Labeled(namedtuple("Base", "x y")):
    pass

p = Point(3, 4)
print(repr(p), str(p), p.norm2, p._replace(x=0), type(p._replace(x=0)).__name__)
print(isinstance(p, tuple), hasattr(p, "__dict__"), p == (3, 4))
q = Labeled(1, 2)
q.tag = "t"
print(q, q.tag, Labeled._make([5, 6]), Labeled.__mro__[1].__name__)

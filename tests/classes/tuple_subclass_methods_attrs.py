# A tuple subclass may add methods, properties, class attributes, __repr__, and has an instance __dict__.
class Vec(tuple):
    dims = 2

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def norm2(self):
        return sum(v * v for v in self)

    def __repr__(self):
        return "Vec%s" % tuple.__repr__(self)

    def __add__(self, other):
        return Vec(self[0] + other[0], self[1] + other[1])

v = Vec(3, 4)
print(v, v.x, v.norm2(), v.dims, Vec.dims, v + Vec(1, 1), str(v), [v])
v.label = "a"
print(v.label, v.__dict__, hasattr(v, "missing"))
try:
    v.x = 5
except AttributeError:
    print("AttributeError")

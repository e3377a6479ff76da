"""Method-call-heavy object-oriented code.

Small classes with __init__, instance methods, properties (getters and
setters), class attributes, classmethods/staticmethods, single inheritance
with overriding and super() calls, and operator dunders (__add__, __eq__,
__len__, __getitem__).  Almost every operation is a Python-level call, so
this measures call overhead and attribute lookup.
"""

ROUNDS = 500
N_SHAPES = 500


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


class Shape:
    count = 0

    def __init__(self, origin):
        self._origin = origin
        Shape.count += 1

    @property
    def origin(self):
        return self._origin

    @origin.setter
    def origin(self, value):
        self._origin = value

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def move(self, delta):
        self.origin = self.origin + delta
        return self

    def describe(self):
        return self.kind() + ":" + str(self.area())

    @staticmethod
    def kind():
        return "shape"


class Rect(Shape):
    def __init__(self, origin, w, h):
        super().__init__(origin)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @staticmethod
    def kind():
        return "rect"


class Square(Rect):
    def __init__(self, origin, side):
        super().__init__(origin, side, side)

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, value):
        self.w = value
        self.h = value

    @classmethod
    def unit(cls, origin):
        return cls(origin, 1)

    @staticmethod
    def kind():
        return "square"


class Triangle(Shape):
    def __init__(self, origin, a, b):
        super().__init__(origin)
        self.a = a
        self.b = b

    def area(self):
        return self.a * self.b // 2

    def perimeter(self):
        # Integer approximation of the hypotenuse, to keep things exact.
        c = self.a + self.b - min(self.a, self.b) // 2
        return self.a + self.b + c

    def kind(self):
        return "triangle"


class Scene:
    def __init__(self):
        self.shapes = []

    def add(self, shape):
        self.shapes.append(shape)
        return self

    def __len__(self):
        return len(self.shapes)

    def __getitem__(self, i):
        return self.shapes[i]

    def total_area(self):
        total = 0
        for s in self.shapes:
            total += s.area()
        return total

    def total_perimeter(self):
        return sum(s.perimeter() for s in self.shapes)

    def centroid_sum(self):
        acc = Vec(0, 0)
        for s in self.shapes:
            acc = acc + s.origin
        return acc


class Counter:
    def __init__(self):
        self._value = 0

    @property
    def value(self):
        return self._value

    def incr(self, by=1):
        self._value += by
        return self


def build_scene(n):
    scene = Scene()
    for i in range(n):
        origin = Vec(i % 17, i % 23)
        r = i % 4
        if r == 0:
            scene.add(Rect(origin, 1 + i % 7, 2 + i % 5))
        elif r == 1:
            scene.add(Square(origin, 1 + i % 9))
        elif r == 2:
            scene.add(Triangle(origin, 2 + i % 6, 3 + i % 4))
        else:
            scene.add(Square.unit(origin))
    return scene


def main():
    checksum = 0
    counter = Counter()
    delta = Vec(1, -1)
    for r in range(ROUNDS):
        scene = build_scene(N_SHAPES)
        for i in range(len(scene)):
            shape = scene[i]
            shape.move(delta)
            if isinstance(shape, Square):
                shape.side = shape.side + 1
            counter.incr(len(shape.describe()))
        c = scene.centroid_sum()
        checksum = (checksum * 31 + scene.total_area() + scene.total_perimeter()
                    + c.dot(Vec(3, 5)) + r) % 1000000007
        if c == c.scaled(1) and not (c == c + delta):
            counter.incr()
    print(f"oo_calls rounds={ROUNDS} shapes={Shape.count} "
          f"counter={counter.value} checksum={checksum}")


main()

# enum: auto() numbers members; methods, properties, classmethods and __init__ in the body are not members.
from enum import Enum, auto


class Planet(Enum):
    MERCURY = (3, 24)
    EARTH = (6, 64)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density(self):
        return self.mass * 100 // self.radius

    def describe(self):
        return "%s weighs %d" % (self.name.title(), self.mass)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)


print(list(Planet), Planet.EARTH.value, Planet.EARTH.radius, Planet.MERCURY.density)
print(Planet.EARTH.describe(), Planet.heaviest(), Planet((3, 24)) is Planet.MERCURY)


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TEN = 10
    ELEVENTH = auto()


print(list(Step), [s.value for s in Step])

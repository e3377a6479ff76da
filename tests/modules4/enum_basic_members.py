# enum: members are singletons with name/value, looked up by value and name, iterated in order.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color.RED is Color(1), Color['GREEN'] is Color.GREEN, Color(Color.BLUE) is Color.BLUE)
print(list(Color), len(Color), list(reversed(Color)))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED) is Color)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
d = {Color.RED: "r", Color.GREEN: "g"}
print(d[Color.RED], hash(Color.RED) == hash(Color(1)), f"{Color.BLUE}", repr(Color))
print(list(Color.__members__), Color.__members__["RED"])

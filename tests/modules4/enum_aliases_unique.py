# enum: a second name for a value is an alias (not iterated); @unique rejects aliases.
from enum import Enum, unique


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), len(Shape))
print(Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, repr(Shape.ALIAS_FOR_SQUARE), Shape(2).name)
print(list(Shape.__members__.items()))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 2
        FOUR = 1
except ValueError as e:
    print("ValueError", e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))

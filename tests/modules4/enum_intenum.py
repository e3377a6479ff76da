# enum: IntEnum members are ints: they compare, sort and hash as ints; str() is the int.
from enum import IntEnum


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(repr(Level.MID), str(Level.MID), f"{Level.HIGH}", format(Level.LOW, "03d"))
print(Level.LOW < Level.HIGH, Level.MID == 5, Level.MID + 1, Level.HIGH * 2, isinstance(Level.LOW, int))
print(sorted([Level.HIGH, 3, Level.LOW]), Level(10) is Level.HIGH, {5: "five"}[Level.MID])
print(hash(Level.MID) == hash(5), [1, 2, 3, 4, 5, 6][Level.MID], int(Level.HIGH), repr(Level))

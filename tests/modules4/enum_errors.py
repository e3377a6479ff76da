# enum: bad values and names, reassigning or deleting a member, and extending an enum with members raise.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


try:
    Color(99)
except ValueError as e:
    print("ValueError", e)
try:
    Color["X"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError", e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print("TypeError", e)
print(list(Color), Color.RED.value)


class Base(Enum):
    def describe(self):
        return self.name.lower()


class Derived(Base):
    A = 1


print(list(Derived), Derived.A.describe())

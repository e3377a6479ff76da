# map, filter, zip, enumerate and reversed can be subclassed; instances iterate like the base and take attributes.
class Shifted(map):
    pass

s = Shifted(lambda x: x + 10, range(4))
print(list(s), isinstance(s, map), type(s).__name__, iter(s) is s)

class Swapped(enumerate):
    def __next__(self):
        index, value = super().__next__()
        return value, index

print(list(Swapped("abc", 1)))

class Pairs(zip):
    label = "pairs"

p = Pairs([1, 2, 3], "xy")
p.note = "tagged"
print(list(p), p.label, p.note)

class Truthy(filter):
    pass

print(list(Truthy(None, [0, 1, "", "a", None, 2])))

class Backwards(reversed):
    def describe(self):
        return "backwards"

b = Backwards((1, 2, 3))
print(b.describe(), next(b), list(b))

try:
    Shifted(len)
except TypeError:
    print("TypeError")

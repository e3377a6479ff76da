# A tuple subclass customises __new__ (tuple.__new__ / super().__new__ build the instance); __init__ runs after.
class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

class Doubled(tuple):
    def __new__(cls, items):
        self = super().__new__(cls, [x * 2 for x in items])
        self.source = items
        return self

class Logged(tuple):
    def __init__(self, items):
        print("init", self, items)

p = Pair(1, "x")
print(p, type(p).__name__, len(p))
d = Doubled([1, 2])
print(d, d.source, type(d).__name__)
l = Logged([3, 4])
print(l, type(l).__name__)
e = tuple.__new__(Pair)
print(e, type(e).__name__, len(e))

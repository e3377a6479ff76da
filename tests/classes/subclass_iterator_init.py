# A subclass of map or zip may define __init__ and __new__; the base still builds the iteration state.
class Tagged(map):
    def __init__(self, func, *iterables):
        self.tag = func.__name__

t = Tagged(abs, [-1, -2, 3])
print(t.tag, list(t), list(t))

class Limited(zip):
    def __new__(cls, *iterables, limit=2):
        self = super().__new__(cls, *iterables)
        self.limit = limit
        return self

    def __next__(self):
        if self.limit == 0:
            raise StopIteration
        self.limit -= 1
        return super().__next__()

print(list(Limited("abcd", range(10))), list(Limited("xyz", "123", limit=5)))

class Counted(enumerate):
    count = 0

    def __next__(self):
        Counted.count += 1
        return super().__next__()

print(dict(Counted("ab", 10)), Counted.count)

# Class attributes are shared; instance attributes shadow them.
class Counter:
    total = 0
    tags = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
a = Counter('a')
b = Counter('b')
print(Counter.total, a.total, b.total)
a.total = 'shadow'
print(a.total, b.total, Counter.total)
a.tags.append('shared')
print(b.tags, Counter.tags)
Counter.kind = 'added later'
print(a.kind, b.kind)
del a.total
print(a.total)

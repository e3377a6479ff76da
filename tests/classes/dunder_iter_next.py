# The iterator protocol with __iter__ and __next__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for x in Countdown(2):
    print('x', x)
c = Countdown(4)
print(next(c), next(c), list(c), list(c))
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return iter([self.a, self.b])
x, y = Pair(1, 2)
print(x, y, sum(Pair(3, 4)), sorted(Pair('z', 'a')), dict([Pair('k', 'v')]))

# __call__ makes instances callable.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, extra=0):
        return x * self.k + extra
double = Multiplier(2)
print(double(5), double(5, extra=1), callable(double), callable(Multiplier))
print(list(map(Multiplier(3), [1, 2, 3])))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
c(); c()
print(c(), c.n)

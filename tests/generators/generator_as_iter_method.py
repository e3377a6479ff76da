# __iter__ written as a generator method.
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        n = self.lo
        while n < self.hi:
            yield n
            n += 1
r = Range2(2, 6)
print(list(r), list(r), sum(r), 4 in r)
for a, b in zip(r, Range2(10, 20)):
    print(a, b)
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
print(list(Tree(1, Tree(2, Tree(3)), Tree(4))))

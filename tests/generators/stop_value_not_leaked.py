# A StopIteration value consumed inside a loop does not leak into a later, unrelated StopIteration.
class Finite:
    def __init__(self, n, value):
        self.n, self.value = n, value

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration(self.value)
        self.n -= 1
        return self.n

def relay():
    for x in Finite(2, "inner-value"):
        yield x

g = relay()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("generator done", e.args)

total = sum(Finite(3, "ignored"))
print("sum", total)
try:
    next(iter([]))
except StopIteration as e:
    print("list iterator", e.args)
try:
    next(map(abs, []))
except StopIteration as e:
    print("map over list", e.args)
print(list(zip(Finite(2, "z"), "abc")), next(iter(()), "default"))

# *args collects extra positional arguments into a tuple.
def f(*args):
    return args
print(f(), f(1), f(1, 'two', [3]))
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3, 4), total(*range(5)))
print(type(f(1)).__name__)

# Parameters after * or *args are keyword-only.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, c=9, b=8))
def g(*args, sep='-', end='.'):
    return sep.join(args) + end
print(g('a', 'b'), g('a', 'b', sep='+'), g(end='!'))
def h(*, only):
    return only * 2
print(h(only=21))

# Star and double-star unpacking in displays and calls.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0), sorted({*a, *a}), [*'xy', *range(2)])
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2}, {**d2, 'w': 0, **d1})
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b), f(*a, 9, **d1), f(**d1, **{'q': 1}))
print(*a, *'cd', sep='-')
first, *mid, last = *a, *b
print(first, mid, last)

# Unpacking iterables and dicts into a call.
def f(a, b, c=0, d=0):
    return [a, b, c, d]
args = (1, 2)
kw = {'d': 4}
print(f(*args), f(*args, **kw), f(*'xy', c=3), f(0, *[1, 2]))
print(f(*range(4)), f(**{'a': 'A', 'b': 'B'}), f(1, *(), b=2))
print(max(*[3, 9, 2]), print(*[], end=''))
gen = (i * i for i in range(3))
print(f(*gen))

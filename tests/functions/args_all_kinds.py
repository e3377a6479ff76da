# A signature mixing every kind of parameter.
def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(f(1, c=3))
print(f(1, 20, 30, 40, c=3))
print(f(1, 2, c=3, d=5, e=6, f=7))
print(f(*[1, 2, 3], **{'c': 'C', 'x': 'X'}))
print(f(c=1, a=2))

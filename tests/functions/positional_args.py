# Positional parameters bind in order.
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(1, 2, 3), f(3, 2, 1))
def noargs():
    return 'no args'
print(noargs())
def one(x):
    return [x]
print(one(one(1)))

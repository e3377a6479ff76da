# Calling a function with missing positional arguments.
def f(a, b, c):
    pass
for args in [(), (1,), (1, 2)]:
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__, e)
def g(x, y=2):
    pass
try:
    g(y=3)
except TypeError as e:
    print(type(e).__name__, e)

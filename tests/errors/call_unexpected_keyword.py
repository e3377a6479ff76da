# Passing a keyword the function does not accept.
def f(a, b=0):
    return a + b
try:
    f(1, c=2)
except TypeError as e:
    print(type(e).__name__, e)
def g(*args):
    return args
try:
    g(1, key='v')
except TypeError as e:
    print(type(e).__name__, e)
def h(**kw):
    return kw
print(h(anything=1))

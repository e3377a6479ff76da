# Keyword-only parameters without defaults are required.
def f(a, *, key):
    return a, key
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*, x, y):
    pass
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(f(1, key=2))

# Default parameter values are evaluated once, at definition time.
n = 10
def f(x, y=n, z='z'):
    return x, y, z
n = 20
print(f(1), f(1, 2), f(1, 2, 3), f(1, z=None))
def g(a=1, b=2):
    return a - b
print(g(), g(5), g(b=5), g(b=1, a=3))
def h(val=[]):
    val.append(len(val))
    return val
print(h(), h(), h([9]), h())
def safe(val=None):
    if val is None:
        val = []
    val.append(1)
    return val
print(safe(), safe())

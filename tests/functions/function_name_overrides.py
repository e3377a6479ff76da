# __name__, __qualname__ and __module__ of a function: read from its code until assigned (as a decorator that copies them does)
def wrap(f):
    def wrapper(*args):
        return f(*args)
    for attr in ("__name__", "__qualname__", "__module__", "__doc__"):
        setattr(wrapper, attr, getattr(f, attr))
    return wrapper

class C:
    @wrap
    def method(self, x):
        "Doubles."
        return 2 * x

m = C.__dict__["method"]
print(m.__name__, m.__qualname__, m.__module__, m.__doc__, C().method(4))

def g():
    pass
print(g.__name__, g.__qualname__, g.__module__)
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)
g.__qualname__ = "Outer.renamed"
g.__module__ = "elsewhere"
print(g.__name__, g.__qualname__, g.__module__, g.__dict__)
for bad in (3, None):
    try:
        g.__name__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
print(g.__name__)

def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)

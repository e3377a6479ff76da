# A decorator that keeps state across calls.
def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper
@counted
def square(x):
    return x * x
print([square(i) for i in range(4)], square.calls)
square(10)
print(square.calls)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha(): return 'a'
@register
def beta(): return 'b'
print(sorted(registry), registry['beta']())

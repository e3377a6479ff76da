# next() on an exhausted iterator raises StopIteration with empty str.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(str(e)), e.args, e.value)
def gen():
    yield 'only'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(str(e)))
print(next(it, 'default'), next(g, 'default'))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

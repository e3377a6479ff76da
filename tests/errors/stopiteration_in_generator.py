# StopIteration escaping a generator body becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration('escaped')
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print(type(e).__name__, e)

# return in a generator sets StopIteration.value.
def gen():
    yield 'a'
    return 'the result'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value, e.args)
def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print(e.value)
def no_return():
    yield 1
g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)

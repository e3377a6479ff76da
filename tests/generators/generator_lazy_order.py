# Generator bodies run only as values are requested.
def traced():
    print('start')
    yield 1
    print('after 1')
    yield 2
    print('after 2')
g = traced()
print('created')
print('got', next(g))
print('got', next(g))
try:
    next(g)
except StopIteration:
    print('exhausted')
print(list(g))

# throw() raises an exception at the paused yield.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print('generator caught', e)
            n = -1
        n += 1
g = resilient()
print(next(g), next(g))
print(g.throw(ValueError('reset')))
print(next(g))
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError('boom'))
except KeyError as e:
    print('propagated', e)
print(next(f, 'finished'))

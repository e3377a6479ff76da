# Uncaught exception raised inside a generator consumed by a for loop.
def numbers():
    yield 1
    yield 2
    raise ValueError('generator ran out of ' + 'numbers')

for n in numbers():
    print('got', n)

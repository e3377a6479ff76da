# yield as an expression, a bare yield, and yield in various positions.
def g():
    x = yield
    print('x =', x)
    y = (yield 'second') + 1
    print('y =', y)
    yield [(yield 'third'), 'in list']
it = g()
print(next(it))
print(it.send('hello'))
print(it.send(41))
print(it.send('value'))
def bare():
    yield
    yield
print(list(bare()))

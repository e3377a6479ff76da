# send() delivers a value as the result of the yield expression.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration:
    print('stopped')
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received
g = echo()
print(g.send(None), g.send('a'), g.send('b'))
try:
    g.send('c')
except StopIteration as e:
    print('returned', e.value)

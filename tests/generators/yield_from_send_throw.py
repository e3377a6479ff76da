# send() and throw() pass through yield from to the subgenerator.
def sub():
    got = []
    while True:
        try:
            x = yield len(got)
        except KeyError:
            got.append('KeyError')
            continue
        if x is None:
            return got
        got.append(x)
def outer():
    r = yield from sub()
    yield 'sub returned ' + str(r)
g = outer()
print(next(g), g.send('a'), g.send('b'), g.throw(KeyError), next(g))
def closing_sub():
    try:
        yield 1
    finally:
        print('sub closed')
def closing_outer():
    yield from closing_sub()
c = closing_outer()
next(c)
c.close()

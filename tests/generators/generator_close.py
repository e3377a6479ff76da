# close() raises GeneratorExit inside the generator so finally runs.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
g = gen()
print(next(g))
g.close()
print(next(g, 'closed'))
g.close()
def catcher():
    try:
        yield 'x'
    except GeneratorExit:
        print('saw GeneratorExit')
        raise
c = catcher()
next(c)
c.close()
unstarted = gen()
unstarted.close()
print('unstarted close ran no cleanup')

# Misusing generators.
def gen():
    x = yield 1
    yield x
g = gen()
try:
    g.send('too early')
except TypeError as e:
    print(type(e).__name__, e)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def simple():
    yield 1
s = simple()
try:
    s.throw(ValueError('thrown before start'))
except ValueError as e:
    print(type(e).__name__, e)
print(next(s, 'closed after throw'))

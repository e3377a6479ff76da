# gen.throw(cls) whose __new__ returns a non-exception raises TypeError naming the class.
class Odd(Exception):
    def __new__(cls, *args):
        return 42

def gen():
    yield 1

g = gen()
next(g)
try:
    g.throw(Odd)
except TypeError as e:
    print("TypeError", e)

class Fine(Exception):
    pass

g = gen()
next(g)
try:
    g.throw(Fine)
except Fine as e:
    print("Fine", type(e).__name__)

try:
    raise Odd
except TypeError as e:
    print("raise Odd: TypeError", e)

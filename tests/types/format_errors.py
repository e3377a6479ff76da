# Invalid format specs raise CPython's errors.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except Exception as e:
        print(type(e).__name__, e)

for v, s in [(1, 'abc'), (1, '.2d'), (1, '+c'), (1, '#c'), (1, ',c'), (1, 's'), (1.5, 'd'), ('a', '=5'),
             ('a', '+'), ('a', '#'), ('a', ','), (1, ',_'), (1, '_,'), (1, ',b'), (1, 'z'), ('a', 'z'),
             (0x110000, 'c'), (-1, 'c'), (1.5, 'x'), (1.5, 'c'), (1, '.'), ('a', 'd'), (1, ',n'),
             (1, '1000000000000000000000'), (None, '5'), ([1], 'x'), (1.5, '.f'), (2**2000, 'f')]:
    t(v, s)
class E:
    def __format__(self, spec):
        return 5
t(E(), '')
t(1, 5)

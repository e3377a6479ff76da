# round() of ints and objects, divmod() of ints and floats.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(round(5), round(5, 2), round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2), round(15, -1))
print(round(25, -1), round(2**70 + 5 * 10**5, -6), round(True), round(5, -5), round(-5, 0), type(round(7, 1)).__name__)
class R:
    def __round__(self, n=None):
        return ('R', n)
print(round(R()), round(R(), 3))
t(lambda: round('a'))
t(lambda: round(1, 'a'))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (2**70, 3), (0.0, -1), (-0.0, 1), (1e300, 1e-300)]:
    print(a, b, divmod(a, b))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod('a', 1))
class D:
    def __divmod__(self, o):
        return 'dm'
    def __rdivmod__(self, o):
        return 'rdm'
print(divmod(D(), 1), divmod(1, D()))

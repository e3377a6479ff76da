# abs() and pow() builtins over numbers and user types.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(abs(-5), abs(5), abs(-2**70), abs(-0.0), abs(-1.5), abs(True), abs(-2**62), abs(-2**30))
class N:
    def __abs__(self):
        return 'abs!'
    def __pow__(self, e, m=None):
        return ('pow', e, m)
print(abs(N()), pow(N(), 2), pow(N(), 2, 5), N() ** 3)
t(lambda: abs('a'))
t(lambda: abs(None))
print(pow(2, 10), pow(2, -2), pow(4, 0.5), pow(10, 20, 7), pow(3, 4, -5))
t(lambda: pow())
t(lambda: pow(2))
t(lambda: pow(2, 3, 4, 5))
t(lambda: pow('a', 2))
t(lambda: pow(2, 2, 'x'))

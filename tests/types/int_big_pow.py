# ** and pow() for big ints, negative exponents (float), and modular pow.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b in [2, 3, -3, 10, 7, -1, 0, 1]:
    print(b ** 0, b ** 1, b ** 31, b ** 64, b ** 100)
print(2 ** 1000)
print((-2) ** 201, (-1) ** (2**100), (-1) ** (2**100 + 1), 0 ** (2**100), 1 ** (2**100))
print(2 ** -1, 10 ** -3, (-2) ** -3, 2**70 ** 1)
t(lambda: 0 ** -1)
t(lambda: (10**400) ** -1)
print(pow(3, 200, 1000007), pow(2**100, 2**100, 10**9 + 7), pow(-7, 13, 11), pow(7, 13, -11))
print(pow(3, -1, 7), pow(2**61 - 2, -1, 2**61 - 1), pow(-5, -1, 13), pow(5, 0, 1), pow(5, 3, 1))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3.0, 5))
print(pow(2, 10), pow(base=2, exp=5), pow(2, 3, mod=5), pow(2.0, 0.5))

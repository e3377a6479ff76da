# float(big) is correctly rounded; true division of big ints is correctly rounded.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [2**53 + 1, 2**53 + 3, 2**64 - 1, 2**100 + 2**47, 2**100 + 2**48 - 1, -(3**200), 10**308, 2**1023 * 3 // 2]:
    print(float(v))
t(lambda: float(2**1024))
t(lambda: float(-(10**400)))
t(lambda: 2**1024 + 0.5)
print(1 / 3, 2**70 / 2**68, (10**30 + 1) / 10**10, 10**400 / 10**399, 1 / 10**400, -1 / 10**400)
print((2**1100) / (2**80 + 1), 7 / -(10**20), 10**200 / 3**300)
t(lambda: 10**400 / 1)
t(lambda: 10**400 / 10**80)
print(int(1e300) == 10**300, int(-2.5e20), int(1.5e16), int(2.0**100))
t(lambda: int(float('inf')))
t(lambda: int(float('nan')))
print(0 / -5, 0 / 5, (2**64) / 2**64, 2**64 // 2.0, 2**64 % 3.5)

# Arbitrary-precision + - * across the small-int/BigInt boundary (31 and 63 bits).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

edges = [0, 1, -1, 2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**31, 2**62 - 1, 2**62, -2**62, -2**62 - 1,
         2**63, 2**64 - 1, 2**64, -2**64, 10**20, -10**20, 3**100, -7**50]
for a in edges:
    print(a + 1, a - 1, -a, a * 2, a * -3, abs(a), +a)
for a in edges[::3]:
    for b in edges[1::4]:
        print(a + b, a - b, a * b)
x = 1
for i in range(1, 60):
    x = x * i + i
print(x, x - x, x * x - x ** 2, x + (-x))
print(2**100 - 2**100 == 0, type(2**100 - 2**100 + 5).__name__)
print(sum(range(10**6, 10**6 + 1000)) * 10**30)
print((10**50 + 1) * (10**50 - 1), 99999999999 * 99999999999)
t(lambda: 2**100 + "a")
t(lambda: "a" * 2**100)
print(True + 2**70, 2**70 * False, 2**64 + 1.5)

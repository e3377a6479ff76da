# Bitwise operators use infinite two's complement, also for negative big ints.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 5, -5, 2**64 - 1, -(2**64), 2**70 + 12345, -(2**70) - 12345, 2**31, -(2**31) - 1]
for a in vals:
    print(~a, a << 3, a >> 3, a << 70, a >> 70, a >> 200)
    for b in vals[::2]:
        print(a & b, a | b, a ^ b)
print(1 << 100, -1 << 100, (1 << 100) >> 99, -(1 << 100) >> 99, -1 >> 2**100, 5 >> 2**100)
print(0 << 2**100, (2**100 - 1) & 0xff, -(2**100) & 0xff, -(2**100) | 1)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 1 << 2**100)
t(lambda: 1 & 1.5)
print(True & 2**65 + 1, ~True, 2**65 ^ True)

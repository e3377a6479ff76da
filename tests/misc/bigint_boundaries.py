# Values around common small-int boundaries behave like any other int.
for e in [30, 31, 32, 62, 63, 64]:
    v = 2 ** e
    print(e, v - 1, v, v + 1, -v, -v - 1, (v - 1) + 1 == v, -(-v) == v)
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1, 2 ** 64 - 1 + 1)
print((2 ** 31 - 1) * 2, (2 ** 62) * 4, (2 ** 63) // 2, -(2 ** 63) // -1)
print(abs(-(2 ** 63)), -(-(2 ** 63)), (2 ** 64) - (2 ** 64), (-(2 ** 62)) * 2)

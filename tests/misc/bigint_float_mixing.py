# Mixing big ints with floats.
print(2 ** 64 + 0.5, 2 ** 70 * 1.0, 10 ** 20 / 10 ** 10, 2 ** 100 / 2 ** 99)
print(float(2 ** 64), float(-(2 ** 63)), float(10 ** 20), int(1e20), int(-2.5e18))
print(2 ** 60 // 1.0 == 2.0 ** 60, 7 ** 30 % 1.0 == 0.0)
print(int(float(2 ** 53)), int(2.0 ** 63), int(1e300) == 10 ** 300)
print(10 ** 30 * 0.0, -(2 ** 70) * 0.5)

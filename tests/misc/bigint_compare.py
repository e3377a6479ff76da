# Comparisons between huge ints, small ints and floats.
big = 10 ** 40
print(big > 1, -big < -1, big == 10 ** 40, big != big + 1, big > big - 1)
print(big > 1e39, big < 1e41, -big > -1e41, 2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float('inf'), -(10 ** 400) > float('-inf'))
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(sorted([2 ** 70, -2 ** 70, 0, 2 ** 63, -1, 2.5]))
print(max(2 ** 100, 2 ** 99), min(-2 ** 100, 3))

# pow() with two and three arguments, and the ** operator.
print(pow(2, 10), pow(-2, 3), pow(-2, 4), pow(5, 0))
print(pow(2, -1), pow(4, -2), 2 ** -3)
print(pow(3, 4, 5), pow(2, 100, 7), pow(-3, 3, 7), pow(7, 0, 3))
print(pow(2.0, 3), pow(2, 3.0), 4 ** 0.5)
print(type(2 ** 2).__name__, type(2 ** -2).__name__)

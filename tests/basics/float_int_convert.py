# Converting between floats, ints and strings.
print(float('1.5'), float(' 2 '), float('-0.25'), float('1e3'), float('.5'))
print(float('inf'), float('-inf'), float('Infinity'), float('nan'))
print(float(7), float(-3), float(True), float(2 ** 60))
print(int(2.5), int(-2.5), int(1e15), int(-1e3))
print(round(2.5), round(3.5), round(-0.5), round(-1.5), round(0.4))
print(round(3.14159, 2), round(2.5, 0), round(1234, -2), round(1250, -2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)

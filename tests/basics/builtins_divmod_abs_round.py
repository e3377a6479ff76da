# divmod, abs and round on ints and floats.
print(divmod(20, 6), divmod(-20, 6), divmod(20, -6), divmod(0, 5))
print(divmod(5.5, 2), divmod(-5.5, 2))
print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-0.0), abs(True))
print(round(7), round(7.4), round(7.6), round(-7.5), round(6.5), round(0.5))
print(round(1.234, 1), round(-1.25, 1), round(123.456, -1), round(15, -1), round(25, -1))
print(type(round(7.6)).__name__, type(round(7.6, 1)).__name__, type(round(15, -1)).__name__)

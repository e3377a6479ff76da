# round() of floats: to int (half-even), with ndigits (correctly rounded), and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e16 + 1, 123.456, -0.0, 1e300]:
    print(round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (0.125, 2), (0.375, 2), (1.005, 2), (123.456, -1), (123.456, -2), (155.0, -1),
             (145.0, -1), (-4.0, -1), (5.0, -1), (15.0, -1), (0.5, 0), (1.5, 0), (1e-10, 5), (1e308, -308),
             (5e-324, 400), (3.14159, 3), (-3.14159, 3), (1234.5, -5), (0.0, 2)]:
    print(v, n, round(v, n))
print(round(2.5, None), round(float('inf'), 2), round(float('nan'), 1))
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
t(lambda: round(1.7e308, -308))
t(lambda: round(1.5, 1.5))
t(lambda: round('1.5'))

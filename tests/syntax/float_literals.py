# The forms of float literals.
print(1e-3, 1E3, 1e+2, 2.5e-1, 0e0, 1e0)
print(.5, 5., 0.0, 00.5, 1_000.5, 10.25)
print(3.14, 1e16, 1e-5, 6.02e23, 1.5E-7)
print(type(1.).__name__, type(1e2).__name__, 1e2 == 100, .1 + .2 == 0.30000000000000004)

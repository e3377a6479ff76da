# cmath.rect with zero, infinite and NaN arguments, and the repr of complex numbers holding inf/nan parts.
import cmath
inf, nan = float("inf"), float("nan")
for r, phi in ((0.0, inf), (-0.0, -inf), (0.0, nan), (inf, 0.0), (2.0, 0.0), (inf, 1.0), (1.0, inf), (-1.0, -inf)):
    try:
        print(r, phi, cmath.rect(r, phi))
    except ValueError as e:
        print(r, phi, "ValueError", e)
print(complex(1, nan), complex(1, -nan), complex(inf, -inf), complex(-inf, nan), complex(nan, 0), complex(0, -nan))
for r in (-inf, nan, -2.0):
    z = cmath.rect(r, -0.0)
    print(r, z.real, z.imag, str(z.imag) == "-0.0")

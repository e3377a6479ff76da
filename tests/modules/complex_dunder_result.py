# complex() and cmath functions reject a __complex__ that returns a non-complex.
import cmath


class GivesInt:
    def __complex__(self):
        return 6


class GivesComplex:
    def __complex__(self):
        return complex(1, 2)


for f in (complex, cmath.sqrt, cmath.phase):
    try:
        f(GivesInt())
    except TypeError as e:
        print(f.__name__, "TypeError", e)
print(complex(GivesComplex()), cmath.phase(GivesComplex()) > 1)

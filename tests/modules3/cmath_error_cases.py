# cmath: domain errors (ValueError "math domain error"), overflow and type errors.
import cmath
cases = ['cmath.log(0)', 'cmath.log(1, 0)', 'cmath.log(0j)', 'cmath.sqrt("x")', 'cmath.exp(None)',
         'cmath.phase("1")', 'cmath.exp(complex(1000, 0))', 'cmath.cosh(complex(1000, 1))', 'cmath.rect(1, "a")',
         'cmath.polar([])', 'cmath.log(1, 1)', 'cmath.isclose(1, 1, rel_tol=-1)']
for c in cases:
    try:
        print(c, eval(c))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(c, type(e).__name__, e)

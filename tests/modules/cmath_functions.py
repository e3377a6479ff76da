# cmath: the functions on exact or well-conditioned values, and its errors.
import cmath
j = complex(0, 1)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(2 * j), cmath.exp(0), cmath.log(1), cmath.log(-1), cmath.log(j))
print(cmath.log(8, 2), cmath.log10(100), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(j))
print(cmath.polar(j), cmath.polar(-2), cmath.rect(2, 0), cmath.rect(0, 1))
print(cmath.isnan(complex(0, float("nan"))), cmath.isinf(complex(float("inf"), 0)), cmath.isfinite(j), cmath.isfinite(1))
print(cmath.isclose(1 + j, 1 + 1.0000000001 * j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, abs_tol=0.2))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj, cmath.nan)
z = complex(0.5, 0.25)
for f in (cmath.sin, cmath.cos, cmath.tan, cmath.asin, cmath.acos, cmath.atan, cmath.sinh, cmath.cosh, cmath.tanh,
          cmath.asinh, cmath.acosh, cmath.atanh, cmath.exp, cmath.log, cmath.sqrt):
    w = f(z)
    print(f.__name__, round(w.real, 10), round(w.imag, 10))
for name, g in [("log(0)", lambda: cmath.log(0)), ("exp(1000)", lambda: cmath.exp(1000)),
                ("atanh(1)", lambda: cmath.atanh(1)), ("rect(1, inf)", lambda: cmath.rect(1, float("inf"))),
                ("sqrt('x')", lambda: cmath.sqrt("x"))]:
    try:
        print(name, g())
    except (ValueError, OverflowError, TypeError) as e:
        print(name, type(e).__name__, e)

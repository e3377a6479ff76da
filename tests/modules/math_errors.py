# math: domain and range errors, with CPython's exception types and messages.
import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("log(-1)", lambda: math.log(-1)),
    ("log(10, 1)", lambda: math.log(10, 1)), ("log(10, 0)", lambda: math.log(10, 0)),
    ("exp(1000)", lambda: math.exp(1000)), ("cosh(1000)", lambda: math.cosh(1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)), ("pow(-1, 0.5)", lambda: math.pow(-1, 0.5)),
    ("pow(10, 400)", lambda: math.pow(10, 400)), ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("fmod(inf, 1)", lambda: math.fmod(math.inf, 1)), ("gamma(0)", lambda: math.gamma(0)),
    ("gamma(-1)", lambda: math.gamma(-1)), ("gamma(200)", lambda: math.gamma(200)),
    ("lgamma(0)", lambda: math.lgamma(0)), ("lgamma(-2)", lambda: math.lgamma(-2)),
    ("atanh(1)", lambda: math.atanh(1)), ("acos(2)", lambda: math.acos(2)), ("asin(-2)", lambda: math.asin(-2)),
    ("log1p(-1)", lambda: math.log1p(-1)), ("cos(inf)", lambda: math.cos(math.inf)),
    ("remainder(1, 0)", lambda: math.remainder(1, 0)), ("ldexp(1.0, 10000)", lambda: math.ldexp(1.0, 10000)),
    ("ldexp(1.0, 1.5)", lambda: math.ldexp(1.0, 1.5)), ("sqrt('x')", lambda: math.sqrt("x")),
    ("copysign(1, 'x')", lambda: math.copysign(1, "x")), ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)),
    ("erf(None)", lambda: math.erf(None)), ("log(-2**2000)", lambda: math.log(-(2 ** 2000))),
]
for name, f in cases:
    try:
        print(name, f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)

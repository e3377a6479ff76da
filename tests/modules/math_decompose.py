# math: logarithms (with bases and big ints), frexp/ldexp/modf, isclose, ulp/nextafter, pow/fmod/remainder.
import math
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1000))
print(math.log(2 ** 2000), math.log10(2 ** 2000), math.log2(2 ** 2000), math.log(10 ** 30, 10))
print(math.log(math.inf), math.isnan(math.log(math.nan)), math.log2(0.5), math.log10(0.001))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3), math.frexp(math.inf), math.ldexp(0.5, 4), math.ldexp(3, -1))
print(math.modf(3.5), math.modf(-2.25), math.modf(math.inf), math.modf(-math.inf))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(math.inf), math.nextafter(1, 2), math.nextafter(0, -1))
print(math.pow(2, 10), math.pow(2, -1), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(1, math.inf), math.remainder(7, 2), math.remainder(5, 2), math.remainder(-5, 2))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(e)

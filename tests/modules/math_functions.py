# math: the float functions on exact cases (results that do not depend on the C library).
import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(-0.0))
print(math.exp(0), math.exp2(10), math.expm1(0), math.log1p(0))
print(math.fabs(-3), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.degrees(math.pi), math.radians(180) == math.pi)
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1) == math.pi / 2, math.acos(1), math.atan(0))
print(math.atan2(1, 1) == math.pi / 4, math.atan2(0.0, -1.0) == math.pi, math.atan2(-0.0, -1.0) == -math.pi)
print(math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.erf(0), math.erfc(0), math.gamma(5), math.gamma(0.5) ** 2 - math.pi < 1e-12, math.lgamma(1), math.lgamma(3))
print(round(math.sin(1), 12), round(math.cos(1), 12), round(math.exp(1), 12), round(math.erf(1), 12))
print(round(math.cbrt(27), 12), round(math.cbrt(-8), 12), round(math.gamma(10.5), 6))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.nan))
print(math.tanh(math.inf), math.atan(math.inf) == math.pi / 2, math.exp(-math.inf), math.sqrt(math.inf))

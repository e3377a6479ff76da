# math.frexp/modf/ldexp/copysign/fmod with infinities, NaN and signed zeros.
import math
print(math.frexp(0.0), math.frexp(-0.0), math.frexp(math.inf), math.frexp(8), math.frexp(-3.5))
print(math.modf(math.inf), math.modf(-math.inf), math.modf(-2.5), math.modf(0.0))
print(math.isnan(math.modf(math.nan)[0]), math.ldexp(0.5, 2), math.ldexp(1, -1075), math.ldexp(-math.inf, 5))
print(math.copysign(1, -0.0), math.copysign(math.inf, -1), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5, math.inf))
print(math.fabs(-0.0), math.hypot(), math.hypot(-3), math.hypot(3, 4, 12))

# cmath.polar/rect/phase and the predicates on values with exact results.
import cmath, math
print(cmath.polar(1), cmath.polar(-2), cmath.polar(complex(0, 3)), cmath.polar(complex(3, 4)))
print(cmath.rect(2, 0), cmath.rect(0, 1), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(complex(0, 1)) == math.pi / 2)
print(cmath.sqrt(-4), cmath.sqrt(complex(0, 2)), cmath.sqrt(4), cmath.exp(0), cmath.log(1), cmath.log10(100))
print(cmath.isfinite(complex(1, 2)), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isclose(1j, 1j))
print(cmath.pi == math.pi, cmath.e == math.e, cmath.inf == math.inf, cmath.infj, cmath.isnan(cmath.nanj))

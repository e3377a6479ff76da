# math functions reject non-numbers with TypeError ("must be real number, not str").
import math
for name in ("sqrt", "exp", "floor", "ceil", "fabs", "log", "sin", "isnan", "isinf", "trunc", "degrees", "frexp", "modf"):
    try:
        getattr(math, name)("1")
    except TypeError as e:
        print(name, "TypeError", e)
for c in ['math.pow("2", 2)', 'math.atan2(1, None)', 'math.hypot(1, "2")', 'math.ldexp(1.0, "2")', 'math.copysign(None, 1)',
          'math.fsum([1, "a"])', 'math.prod([1, "a"])', 'math.isclose(1, "1")', 'math.dist([1], 5)']:
    try:
        print(c, eval(c))
    except TypeError as e:
        print(c, "TypeError")

# math: fsum (exactly rounded), hypot with n arguments and dist, bit for bit as CPython.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum(range(10)), math.fsum([]), math.fsum(iter([0.5, 0.25])))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, -1.0]), math.isnan(math.fsum([math.nan, 1])))
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(-1e300, 1e300))
print(math.hypot(1, 1), math.hypot(1.5, 2.5, 3.5), math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((1,), (2,)), math.dist([], []))
print(math.dist((0.1, 0.2), (0.3, 0.4)))
for name, f in [
    ("fsum([inf, -inf])", lambda: math.fsum([math.inf, -math.inf])),
    ("fsum([1e308, 1e308])", lambda: math.fsum([1e308, 1e308])), ("fsum('ab')", lambda: math.fsum("ab")),
    ("dist((1, 2), (1,))", lambda: math.dist((1, 2), (1,))), ("hypot('a')", lambda: math.hypot("a")),
]:
    try:
        print(name, f())
    except (ValueError, OverflowError, TypeError) as e:
        print(name, type(e).__name__, e)

# math.dist needs equal-length points; math.isclose rejects negative tolerances; values otherwise exact.
import math
print(math.dist((0, 0), (3, 4)), math.dist([1], [4]), math.dist((), ()))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError", e)
for kw in ({"rel_tol": -1}, {"abs_tol": -0.5}):
    try:
        math.isclose(1, 1, **kw)
    except ValueError as e:
        print(kw, "ValueError", e)
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))

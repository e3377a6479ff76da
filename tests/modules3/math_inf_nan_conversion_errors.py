# math.floor/ceil/trunc and int() of inf and nan: OverflowError and ValueError with CPython's messages.
import math
for f in (math.floor, math.ceil, math.trunc, int, round):
    for v in (math.inf, -math.inf, math.nan):
        try:
            print(f.__name__, v, f(v))
        except (OverflowError, ValueError) as e:
            print(f.__name__, v, type(e).__name__, e)
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), math.floor(10**30), math.ceil(2**70 + 0.0) == 2**70)

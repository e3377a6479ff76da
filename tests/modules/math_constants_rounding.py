# math: constants, and floor/ceil/trunc returning ints (also for big floats and __floor__).
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.0)).__name__, type(math.trunc(1.5)).__name__)
print(math.floor(1e20), math.ceil(-1e20), math.trunc(2.0**70))
print(math.floor(7), math.ceil(-7), math.trunc(True), math.floor(2**100) == 2**100)
class F:
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
for f in (math.floor, math.ceil):
    for x in (math.inf, math.nan):
        try:
            f(x)
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    math.trunc("x")
except TypeError as e:
    print(e)
try:
    math.floor("x")
except TypeError as e:
    print(e)

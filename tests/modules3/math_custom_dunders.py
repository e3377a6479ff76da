# math.floor/ceil/trunc call __floor__/__ceil__/__trunc__; other functions use __float__ and __index__.
import math
class N:
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __trunc__(self): return "trunc"
    def __float__(self): return 2.25
class I:
    def __index__(self): return 6
print(math.floor(N()), math.ceil(N()), math.trunc(N()), math.sqrt(N()), math.fabs(N()))
print(math.factorial(I()), math.gcd(I(), 4), math.isqrt(I()), math.comb(I(), 2))
try:
    math.trunc(object())
except TypeError as e:
    print("TypeError", e)

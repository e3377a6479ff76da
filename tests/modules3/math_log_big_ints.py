# math.log/log2/log10/sqrt of ints too big for a float, and of bools; exactness where CPython's is exact.
import math
print(math.log2(2**1000), math.log10(10**400), round(math.log(2**2000, 2), 6), math.log2(1 << 60), math.log10(1))
print(round(math.log(10**500), 6), math.log2(True), math.log10(100), math.log(8, 2), math.isqrt(2**2001) == math.isqrt(2**2001))
try:
    math.sqrt(2**2000)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.log(0 * 10**400)
except ValueError as e:
    print("ValueError", e)

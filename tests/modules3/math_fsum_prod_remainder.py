# math.fsum exactness, prod with start, remainder ties, nextafter/ulp basics, gcd/lcm of several args.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10) == 1.0, math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.prod([1, 2, 3], start=10), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 21)))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(5.5, math.inf))
print(math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0), math.nextafter(0.0, -1.0) < 0, math.ulp(0.0) > 0, math.nextafter(3, 3))
print(math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(-4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.gcd(2**100, 2**80 * 3))

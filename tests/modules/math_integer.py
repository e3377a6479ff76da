# math: exact integer functions, small and big.
import math
print(math.factorial(0), math.factorial(5), math.factorial(25), math.factorial(70) % 10**9)
print(math.comb(5, 2), math.comb(50, 25), math.comb(10**20, 3), math.comb(3, 5), math.comb(7, 0))
print(math.perm(5), math.perm(5, 2), math.perm(30, 20), math.perm(3, 4))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, -10), math.lcm(0, 5), math.lcm(2**64, 3))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1), math.isqrt(True))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.prod([1.5, 2]), math.prod([[1]], start=2), math.prod(iter([2**40, 2**40])))
for name, f in [
    ("factorial(-1)", lambda: math.factorial(-1)), ("factorial(2.0)", lambda: math.factorial(2.0)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)), ("comb(5, -1)", lambda: math.comb(5, -1)),
    ("perm(5, -1)", lambda: math.perm(5, -1)), ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("isqrt(2.0)", lambda: math.isqrt(2.0)), ("gcd(1.5)", lambda: math.gcd(1.5)),
    ("prod(['a'], start='')", lambda: math.prod(["a"], start="")), ("comb('5', 2)", lambda: math.comb("5", 2)),
]:
    try:
        print(name, f())
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, e)

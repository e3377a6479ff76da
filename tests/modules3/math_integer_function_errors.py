# math integer functions: factorial/comb/perm/isqrt/gcd/lcm reject negatives and non-integers.
import math
cases = ['math.factorial(-1)', 'math.factorial(1.5)', 'math.factorial("3")', 'math.comb(-1, 2)', 'math.comb(5, -2)',
         'math.comb(5.0, 2)', 'math.perm(-3)', 'math.perm(3, -1)', 'math.isqrt(-1)', 'math.isqrt(2.0)', 'math.gcd(1.5, 2)',
         'math.lcm("a")', 'math.comb(3, 5)', 'math.perm(3, 5)', 'math.gcd()', 'math.lcm()', 'math.isqrt(10**40)']
for c in cases:
    try:
        print(c, eval(c))
    except (ValueError, TypeError) as e:
        print(c, type(e).__name__, e)

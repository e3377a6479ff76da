"""Arbitrary-precision integer arithmetic.

Factorials, Fibonacci numbers with thousands of digits (iterative and by
fast doubling), big powers, modular exponentiation with three-argument pow,
divmod/floor division of huge numbers, bit operations, an integer square root
by Newton's method, digits of pi with a spigot-style algorithm and str()
conversion of big ints.  All str() conversions stay below 4300 digits so the
CPython int/str conversion limit does not apply.
"""

ROUNDS = 60


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n):
    # Returns (F(n), F(n+1)).
    if n == 0:
        return 0, 1
    a, b = fib_doubling(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def pi_digits(count):
    # Machin's formula with fixed-point big integers.
    scale = 10 ** (count + 10)

    def arctan_inv(x):
        total = term = scale // x
        x2 = x * x
        k = 1
        sign = -1
        while term:
            term //= x2
            k += 2
            total += sign * (term // k)
            sign = -sign
        return total

    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return pi // 10 ** 10


def digit_sum(n):
    return sum(ord(ch) - 48 for ch in str(n))


def run_round(r):
    out = []
    f = factorial(1200 + r)
    s = str(f)
    out.append(len(s))
    out.append(digit_sum(f))
    q, rem = divmod(f, factorial(600 + r))
    out.append(q % 1000000007)
    out.append(rem)

    fi = fib_iter(15000 + r)
    fd, _ = fib_doubling(15000 + r)
    out.append(1 if fi == fd else 0)
    out.append(len(str(fi)))
    out.append(fi % 998244353)

    big = 3 ** 8000 + r
    out.append(big.bit_length())
    out.append(pow(7, big, 10 ** 40 + 121) % 1000000007)
    out.append((big >> 1000) % 1000003)
    out.append((big & ((1 << 4000) - 1)) % 1000003)
    out.append((big ^ (big >> 7)) % 1000003)

    root = isqrt(big * big + 12345)
    out.append(1 if root == big else 0)

    out.append(int(str(pi_digits(1500 + r))[-20:]))

    neg = -f // (fi + 1)
    out.append(neg % 1000000007)
    out.append(int(str(f)[100:200]) % 1000000007)
    return out


def main():
    checksum = 0
    last = None
    for r in range(ROUNDS):
        last = run_round(r)
        for v in last:
            checksum = (checksum * 131 + v) % 1000000007
    print(f"bigint rounds={ROUNDS} checksum={checksum} "
          f"fact_digits={last[0]} fib_digits={last[5]} pi_tail={last[13]}")


main()

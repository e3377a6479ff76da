# Heavier bigint work: factorials, Fibonacci, digit sums (exercises Karatsuba and str()).
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f = fact(1400)
s = str(f)
print(len(s), sum(int(c) for c in s), s[:20], s[-20:].count('0'))
a, b = 0, 1
for _ in range(3000):
    a, b = b, a + b
print(len(str(a)), a % 1000000007, a.bit_length())
x = 3**4000
y = x * x
print(y % (10**9 + 7), len(str(y)), y // x == x, (y - 1) // x == x - 1)
print((f // fact(1390)) == fact(1400) // fact(1390), f % fact(1000) == 0)
n = int("7" * 2000)
print(str(n * n)[:50], (n * n) % 1000003)

# Big integer floor division and modulo with every sign combination.
a = 10 ** 30 + 7
b = 10 ** 12 + 3
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b), (a, 7), (-a, 7), (a, -7)]:
    q, r = x // y, x % y
    print(q, r, q * y + r == x, divmod(x, y) == (q, r))
print((2 ** 200) // (2 ** 100) == 2 ** 100, (2 ** 200 + 5) % (2 ** 100))
print(a / b)

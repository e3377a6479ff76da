# Basic integer arithmetic on small positive and negative values.
a, b = 17, 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b, a ** 2)
print(-a + b, -a - b, -a * b)
print(b - a, 0 - 0, -0)
print(2 ** 10, 2 ** 0, 0 ** 0, (-3) ** 3)
x = 7
x = x * 3 + 1
print(x)
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2)

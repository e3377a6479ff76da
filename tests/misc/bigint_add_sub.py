# Big integer addition and subtraction.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b, -a - b)
print(a + 1, a - a, (a + b) - b == a)
c = 2 ** 100
print(c + c, c - 1, c - (c - 1), -c + 1)
x = 0
for i in range(100):
    x += 10 ** 18
print(x)
print(2 ** 64 - 2 ** 63, 2 ** 64 + (-2 ** 64))

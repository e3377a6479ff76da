# Big integer multiplication, including mixed signs.
a = 12345678901234567890
b = 98765432109876543210
print(a * b, a * -b, -a * -b, a * 0, a * 1)
print((2 ** 64) * (2 ** 64) == 2 ** 128, (10 ** 50) * (10 ** 50))
p = 1
for i in range(1, 31):
    p *= i
print(p)
print(999999999999 * 999999999999, 3 * (2 ** 62), -7 * (2 ** 63))

# Float arithmetic with exactly specified IEEE results.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3, 2 / 3)
print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 1.5 / 0.25)
print(10 / 4, 10 / 5, -7 / 2, 7.0 / -2)
print(2.0 ** 10, 2.0 ** -1, 1.5 ** 2, (-2.0) ** 3)
print(3 * 0.1, 0.1 * 3, 100 * 1.1)
x = 1.0
for i in range(10):
    x += 0.1
print(x)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)

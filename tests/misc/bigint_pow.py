# Powers producing big integers.
print(2 ** 100, 3 ** 50, (-2) ** 101, (-3) ** 40)
print(10 ** 40, 7 ** 0, 0 ** 0, 1 ** 1000)
print(pow(2, 200, 10 ** 9 + 7), pow(3, 10 ** 5, 1000), pow(123456789, 2 ** 40, 97))
x = 1
for _ in range(10):
    x = x * x + 1
print(len(str(x)), x % 1000000)

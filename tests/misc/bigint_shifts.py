# Shifts on big and negative integers.
print(1 << 100, (1 << 100) >> 99, 1 << 64, (1 << 64) >> 64, (1 << 64) >> 65)
print(-1 << 70, (-1 << 70) >> 69, -(2 ** 100) >> 1, (-(2 ** 100) - 1) >> 1)
x = 0xdeadbeefcafebabe1234567890
print(x >> 4, x << 4, x >> 100, -x >> 100)
for n in [29, 30, 31, 32, 62, 63, 64, 65]:
    print(n, 1 << n, -(1 << n) >> (n - 1))

# Arithmetic on small ints that overflows into big ints.
x = 1
steps = []
for i in range(70):
    x = x * 2
    if i in (29, 30, 31, 61, 62, 63, 64, 68):
        steps.append(x)
print(steps)
print(46341 * 46341, 65536 * 65536, 3037000500 * 3037000500)
print(1073741823 + 1, 2147483647 + 1, 4611686018427387903 + 1, 9223372036854775807 + 1)
print(-1073741824 - 1, -2147483648 - 1, -9223372036854775808 - 1)
n = 1
while n < 2 ** 65:
    n = n * 3 + 1
print(n, type(n).__name__)
print(-(-4611686018427387904), abs(-9223372036854775808), -(-2 ** 64))

# Bitwise operators on small ints, including negatives.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(1 << 4, 256 >> 3, 255 >> 8, -16 >> 2, -1 >> 10, -1 << 3)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print(bin(a & b), bin(a | b), bin(a ^ b))
x = 0
for i in range(0, 8, 2):
    x |= 1 << i
print(x, bin(x))
x &= ~(1 << 2)
print(x)
x ^= 0xff
print(x)

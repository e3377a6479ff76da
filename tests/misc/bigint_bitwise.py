# Bitwise operations on big integers use infinite two's complement.
a = (1 << 80) | 0xff
b = (1 << 70) | 0x0f
print(a & b, a | b, a ^ b)
print(~a, ~-a, -a & b, a & -b, -a | b, -a ^ -b)
print((2 ** 64 - 1) & -1, (2 ** 64) | 1, -(2 ** 64) & (2 ** 65 - 1))
m = (1 << 100) - 1
print(m & 0x123456789, hex(m ^ (1 << 99)), bin(-m & 0xff))
print(~(2 ** 63), ~(-(2 ** 63)), (2 ** 63) ^ (2 ** 63))

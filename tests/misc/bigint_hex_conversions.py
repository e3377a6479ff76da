# hex/oct/bin and int(s, base) on big integers.
n = 2 ** 100 + 12345
print(hex(n), oct(n))
print(bin(n))
print(hex(-n), int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n)
print(int('ffffffffffffffffffffffff', 16), int('-1' + '0' * 40, 2))
print(int('z' * 20, 36), f'{n:x}', f'{2 ** 64:,}')

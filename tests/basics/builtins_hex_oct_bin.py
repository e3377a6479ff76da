# hex, oct and bin, including negatives and f-string formats.
for v in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 40]:
    print(v, hex(v), oct(v), bin(v))
print(f'{255:x} {255:X} {255:o} {5:b} {255:#x} {5:#b} {-255:x}')
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))

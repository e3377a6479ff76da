# Integer literals in hex, octal and binary, with either letter case.
print(0x10, 0X1f, 0xdead_beef, 0xFF)
print(0o17, 0O777, 0o0, 0o1_0)
print(0b101, 0B11, 0b1111_0000, 0b0)
print(0, 00, 000, 0_0)
print(-0x10, +0b11, ~0o7)
print(0xff == 255, 0o377 == 255, 0b11111111 == 255)

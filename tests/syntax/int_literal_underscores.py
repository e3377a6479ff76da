# Underscores group digits in numeric literals.
print(1_000, 1_000_000, 12_34_56, 1_0)
print(0x_ff, 0b_1010, 0o_7_7)
print(1_000.5, 1_0e1_0, 3.141_592)
x = 10_000
print(x + 1, x == 10000)

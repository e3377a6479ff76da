# int() from strings, floats, bools and with explicit bases.
print(int(), int('42'), int(' -7 '), int('+15'), int('007'))
print(int('ff', 16), int('FF', 16), int('0x1f', 16), int('777', 8), int('101', 2))
print(int('0x1f', 0), int('0o17', 0), int('0b101', 0), int('99', 0))
print(int('z', 36), int('Zz', 36), int('1_000'))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e10))
print(int(True), int(False), int(-12))

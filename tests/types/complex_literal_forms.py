# Imaginary literals in every spelling: digits, fraction, exponent, underscores, J, leading zeros.
print(1j, 2.5j, 1e3j, 0j, 1_0j, .5J, 1.j, 01j, 00j, 1E-2j, 10.5e+2J, 1_000.000_1j)
print(type(2j).__name__, (2j).real, (2j).imag, (1e3j).imag)
print(repr(1e300j), repr(1e400j), repr(-1e400j), 123456789012345678901234567890j)
print(0j == 0, 1j * 1j, 2j ** 2, abs(3 + 4j))

# Arithmetic with imaginary literals: sums with ints and floats, negation (folded), mixed operations.
print(1 + 2j, 1 - 2j, 1.5 + 0j, 2j + 1, (1 + 2j) * (3 - 1j), (1 + 2j) / 2j)
print(-2j, - -2j, -0j, -(0j), +2j, -1 - 1j, -(1 + 2j))
x = 3
print(x + 4j, x * 1j, 1j * x, (x + 1j).conjugate(), (x - 2j) ** 2)
print((1 + 2j) == complex(1, 2), 2j != 2, 1j in [0, 1j], 2j - 2j)
z = 5j
z += 1
z *= 2j
print(z, z.real, z.imag)

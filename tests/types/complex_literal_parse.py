# complex() from strings and numbers agrees with the literals.
print(complex("1+2j") == 1 + 2j, complex("-2j") == -2j, complex("1e3j") == 1e3j)
print(complex(" ( 1.5-0.5j ) ") == 1.5 - 0.5j, complex("j") == 1j, complex("-J") == -1j)
print(complex(1, 2) == 1 + 2j, complex(2j, 1j) == -1 + 2j, complex(0, -0.0) == -0j)
print(repr(complex("1+2j")), repr(complex(-0.0, -2.0)), repr(-2j))
print(complex(1j), complex(2j).imag, complex(1e300j))

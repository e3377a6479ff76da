# int.bit_length, bit_count, as_integer_ratio, conjugate and the number attributes.
for v in [0, 1, -1, 255, -256, 2**31, 2**63 - 1, -(2**63), 2**100, -(2**100) + 1, True]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.numerator, v.denominator)
print((12345678901234567890).bit_length(), (-(2**1000)).bit_count(), int.bit_length(2**70))
print(type((5).real).__name__, type(True.real).__name__)

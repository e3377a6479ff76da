# repr/str of floats: shortest round-trip text, exponent thresholds, specials.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345.6, 1e-4, 1e-5,
        0.00012, 1.5e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e22, 1e23, 9007199254740993.0,
        float('inf'), float('-inf'), float('nan'), 100.0, 1234.5678, 3.14159, 2.5e100, -6.02e23, 0.1 * 3]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v or v != v)
print([1.0, 2.5], (0.1,), {1.5: 2.25})
x = 1.0
for i in range(30):
    x = x * 1.7 + 0.1
    print(x, end=' ')
print()

# repr/str of floats uses the shortest round-trip form.
vals = [0.1, 1 / 3, 1e16, 1e15, 1e-5, 1e-4, 2.5, 0.0, -0.0, 1.0, -1.5,
        123456789.0, 1e22, 1.5e300, 3.14, 100.0, 1e100, 0.001,
        float('inf'), float('-inf'), float('nan'), 12345.678]
for v in vals:
    print(repr(v), str(v))
print([0.5, 1e20, -2.0], (1.25,))

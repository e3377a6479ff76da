# format() specs for floats: e f g % and the none type, padding, signs, grouping, 'z'.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 3.14159265, 1234567.891, -0.000123456, 1e16, 1e-7, 2.5, 1e300, 5e-324,
        float('inf'), float('-inf'), float('nan'), 123456789.0, 0.5]
specs = ['', 'e', '.3e', 'E', 'f', '.2f', '.0f', '#.0f', 'F', 'g', '.3g', '#.3g', 'G', '.0g', '.3', '.17', '.1',
         '%', '.1%', '+', ' ', '+.2f', '010.3f', '<12.4e', '^12', '*>15,.2f', '=+12.1f', ',', '_.3f', '020,.2f',
         'z.2f', 'z', 'n', '#g', '#', '.10g', '#.0e']
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(f"{1/3:.5f} {2/3:10.3e} {1e-10:g} {123.0:.3} {1234.0:.3} {0.00001:%}")
print('{:,.2f}'.format(1234567.891), '{:>10.1%}'.format(0.256), '{:e}'.format(0))

# format() / f-string specs for ints, small and big.
vals = [0, 7, -7, 255, -255, 65, 1234567, -1234567, 2**40, 2**64, -(10**25), True]
specs = ['', 'd', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', ',', '_', '_x', '_b', '#_b', '08', '+d', ' d', '-d',
         '=+10', '^9', '*<8', '>6', '010,', '#010_x', 'e', '.2f', '%', 'g', 'n', '20', '<20,', 'E', 'F', 'G', '.3%']
for v in vals:
    print(v, [format(v, s) for s in specs])
print(format(65, 'c'), format(0x20ac, 'c'), format(65, '5c'), format(65, '<3c'), format(0x1f600, 'c'))
print(f"{42:>8}|{42:<8}|{42:^8}|{-42:=8}|{42:08b}|{2**70:,}|{2**70:_x}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'x':{'>'}{w}}|{255:#{w}x}")

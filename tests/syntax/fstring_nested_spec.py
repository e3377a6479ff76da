# Format specs built from nested replacement fields.
x = 'mid'
for w in (5, 7, 9):
    print(f'[{x:{w}}]', f'[{x:>{w}}]', f'[{x:^{w}}]')
p = 3.14159
for prec in (1, 2, 4):
    print(f'{p:.{prec}f}', f'{p:{prec + 6}.{prec}f}|')
align = '<'
print(f'[{42:{align}6}]')

# f-strings with expressions, conversions and quotes.
x = 42
name = 'Mote'
items = [1, 2]
print(f'{x}', f'x={x}', f'{name}!', F'{x + 1}', f'{x * 2 - 4}')
print(f'{name!r}', f'{name!s}', f'{items}', f'{items[0]}', f'{len(items)}')
d = {'k': 'v'}
print(f"{d['k']}", f'{"nested"}', f'{x if x > 40 else 0}')
print(f'{{braces}}', f'{{{x}}}', f'', f'plain')
print(f'{x}{x}', f'{name}-{x}-{name}')
print(f'{3.5}', f'{None}', f'{True}', f'{(1, 2)}')

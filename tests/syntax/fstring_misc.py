# f-strings: multi-line, method calls, and implicit concatenation.
values = [3, 1, 2]
msg = (f'sorted: {sorted(values)} '
       f'max: {max(values)}')
print(msg)
name = 'world'
print(f'{name.upper()} {name.replace("o", "0")}')
print(f'''multi
{name}
line''')
w = 3
print(f'{"ab":>{w}}|{"c" * w}|{w:{w}}|')
print(f'{len(f"{name}{name}")}')

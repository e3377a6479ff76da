# startswith/endswith with tuples and ranges; errors.
s = 'hello.py'
print(s.startswith('he'), s.startswith('lo', 3), s.startswith('hello', 0, 4), s.endswith('.py'), s.endswith(('.c', '.py')))
print(s.endswith('hello', 0, 5), s.startswith(''), s.endswith('', 8), s.startswith('', 9), s.endswith('py', -2), s.startswith(('x', 'y')))
print('αβγ'.startswith('αβ'), 'αβγ'.endswith('γ', 1), 'αβγ'.startswith('β', 1), ''.startswith(''), ''.endswith('a'))
for f in [lambda: s.startswith(5), lambda: s.endswith((1,)), lambda: s.startswith(['h'])]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

# removeprefix/removesuffix.
for s in ['test_file.py', 'file', '', 'test_', 'ααβ']:
    print(repr(s.removeprefix('test_')), repr(s.removesuffix('.py')), repr(s.removeprefix('')), repr(s.removesuffix(s)), repr(s.removeprefix('α')))
for f in [lambda: 'a'.removeprefix(1), lambda: 'a'.removesuffix(None)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

# Missing dict keys raise KeyError; str(e) is the repr of the key.
d = {'a': 1}
for key in ['missing', 5, (1, 2), None, 2.5]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, e.args)
try:
    del d['nope']
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.pop('k')
except KeyError as e:
    print(type(e).__name__, e)
print(isinstance(KeyError(), LookupError))

# A tuple in an except clause catches any of its types.
def risky(n):
    if n == 0:
        raise ValueError('v')
    if n == 1:
        raise TypeError('t')
    if n == 2:
        raise KeyError('k')
    return 'fine'
for n in range(4):
    try:
        print(risky(n))
    except (ValueError, TypeError) as e:
        print('value-or-type', type(e).__name__)
    except (KeyError,) as e:
        print('key', e)
errors = (IndexError, ZeroDivisionError)
try:
    1 / 0
except errors as e:
    print('from tuple variable', type(e).__name__)

# Format specs that do not apply to the value's type.
def attempt(fn):
    try:
        fn()
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
f, s = 1.5, 'text'
attempt(lambda: f'{f:d}')
attempt(lambda: f'{s:d}')
attempt(lambda: '{} {}'.format(1))
attempt(lambda: '{name}'.format(other=1))
print(f'{3:d}', '{0}'.format('ok'))

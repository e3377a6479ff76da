# An exception in finally replaces a pending return value.
def f():
    try:
        return 'value'
    finally:
        raise RuntimeError('finally raised')
try:
    print(f())
except RuntimeError as e:
    print('got', e)
def g(n):
    try:
        if n:
            raise ValueError(n)
        return 'no error'
    except ValueError:
        return 'handled'
    finally:
        print('finally with n =', n)
print(g(0), g(1))

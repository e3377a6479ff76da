# A bare raise re-raises the exception being handled.
def inner():
    try:
        raise ValueError('original')
    except ValueError:
        print('inner handler, re-raising')
        raise
try:
    inner()
except ValueError as e:
    print('outer got', e)
def nested():
    try:
        raise KeyError('first')
    except KeyError:
        try:
            raise IndexError('second')
        except IndexError:
            pass
        raise
try:
    nested()
except KeyError as e:
    print('re-raised', type(e).__name__, e)

# The first matching except clause wins, even if a later one is more specific.
try:
    raise KeyError('k')
except LookupError:
    print('LookupError clause (first)')
except KeyError:
    print('KeyError clause (never)')
try:
    raise ValueError('v')
except TypeError:
    print('no')
except (KeyError, ValueError):
    print('tuple clause')
except Exception:
    print('no')
try:
    raise ZeroDivisionError
except BaseException:
    print('BaseException catches everything')

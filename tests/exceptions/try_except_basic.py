# Catching an exception raised directly and from a call.
try:
    raise ValueError('bad value')
except ValueError as e:
    print('caught', type(e).__name__, e)
def fail():
    return {}['missing']
try:
    fail()
    print('not reached')
except KeyError as e:
    print('caught KeyError', e)
try:
    print('no error')
except Exception:
    print('not reached')
print('end')

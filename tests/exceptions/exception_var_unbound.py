# The "as" name is deleted at the end of the except block.
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError:
    print('e is unbound after the handler')
err = None
try:
    raise KeyError('saved')
except KeyError as exc:
    err = exc
print('kept a reference:', type(err).__name__, err)

# Raising a class instantiates it; instances are raised as they are.
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
inst = KeyError('prepared')
try:
    raise inst
except KeyError as e:
    print(e is inst, e)
def make():
    return IndexError('built by a function')
try:
    raise make()
except IndexError as e:
    print(e)

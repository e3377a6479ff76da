# An exception raised inside an except block replaces the original.
def f():
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
try:
    f()
except TypeError as e:
    print('caught', type(e).__name__, e)
except ValueError:
    print('not reached')
def g():
    try:
        raise KeyError('a')
    finally:
        raise IndexError('from finally')
try:
    g()
except IndexError as e:
    print('finally replaced it:', e, type(e.__context__).__name__)

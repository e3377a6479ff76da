# finally runs on normal exit and while an exception propagates.
try:
    print('body')
finally:
    print('finally 1')
try:
    try:
        raise RuntimeError('oops')
    finally:
        print('finally 2')
except RuntimeError as e:
    print('outer caught', e)
def f():
    try:
        return 'returned'
    finally:
        print('finally 3')
print(f())

# __exit__ runs when the with body raises, and sees the exception.
class Guard:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, typ, val, tb):
        print('exit with', typ.__name__ if typ else None, val)
        return False
try:
    with Guard():
        print('in body')
        raise ValueError('boom')
except ValueError as e:
    print('after with:', e)
def f():
    with Guard():
        return 'returned from with'
print(f())
for i in range(2):
    with Guard():
        if i == 0:
            continue
        print('i =', i)

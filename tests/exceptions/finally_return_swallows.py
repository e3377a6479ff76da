# A return (or break) in finally discards the in-flight exception.
def f():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(f())
for i in range(3):
    try:
        raise KeyError(i)
    finally:
        break
print('loop broken at', i)

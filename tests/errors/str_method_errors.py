# Errors from str operations and methods.
def attempt(fn):
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
attempt(lambda: ''.join([1, 2]))
attempt(lambda: ', '.join(['a', 2]))
attempt(lambda: 'a,b'.split(''))
attempt(lambda: 1 in 'abc')
attempt(lambda: 'x'.replace(1, 2))
attempt(lambda: ord('ab'))
attempt(lambda: ord(''))

# Builtins called with the wrong number of arguments.
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: len())
attempt(lambda: len([1], [2]))
attempt(lambda: max())
attempt(lambda: [].insert())
attempt(lambda: callable())

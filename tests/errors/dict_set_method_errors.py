# Errors from dict and set methods.
def attempt(fn):
    try:
        fn()
    except KeyError as e:
        print(type(e).__name__, e)
attempt(lambda: {}.pop('absent'))
attempt(lambda: {}.popitem())
attempt(lambda: set().remove(1))
attempt(lambda: set().pop())
attempt(lambda: {'a': 1}['b'])
s = {1}
s.discard(2)
print(sorted(s), {}.pop('absent', 'fallback'))

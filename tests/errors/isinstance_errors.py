# isinstance and issubclass with invalid second arguments.
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: isinstance(1, 1))
attempt(lambda: issubclass(1, int))
attempt(lambda: issubclass(int, 'str'))
print(isinstance(1, (str, (int, float))))

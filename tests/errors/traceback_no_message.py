# Uncaught exception without arguments: only the type name is printed.
def check(items):
    for item in items:
        print('checking', item)
        if item is None:
            raise RuntimeError

check([1, 2, None, 3])

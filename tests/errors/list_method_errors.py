# Errors from list methods.
def attempt(fn):
    try:
        fn()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
lst = [1, 2, 3]
attempt(lambda: [].pop())
attempt(lambda: lst.pop(10))
attempt(lambda: lst.remove(9))
attempt(lambda: lst.index(5))
attempt(lambda: (1, 2).index(7))
print(lst)

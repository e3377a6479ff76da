# Sequence indices must be integers or slices.
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
lst, tup = [1, 2], (1, 2)
i, f, s = 1, 1.0, 'a'
attempt(lambda: lst[f])
attempt(lambda: lst[s])
attempt(lambda: tup[s])
attempt(lambda: lst[None])
print(lst[i], lst[True])

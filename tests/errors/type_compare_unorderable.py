# Ordering comparisons between unrelated types raise TypeError.
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
lst, one, s, n = [], 1, 'a', None
attempt(lambda: lst < one)
attempt(lambda: s > one)
attempt(lambda: n < n)
attempt(lambda: one <= s)
attempt(lambda: {1} < [1])
attempt(lambda: sorted([1, 'a']))
attempt(lambda: max(1, 'b'))
print(lst == one, s != one, n == n)

# Adding incompatible types raises TypeError.
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
a, s, n, lst, t = 1, 'a', None, [1], (1,)
attempt(lambda: a + s)
attempt(lambda: s + a)
attempt(lambda: n + a)
attempt(lambda: a + n)
attempt(lambda: lst + t)
attempt(lambda: t + lst)
attempt(lambda: s - s)
attempt(lambda: 1.5 + s)

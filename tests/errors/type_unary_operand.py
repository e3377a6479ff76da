# Unary operators and abs() on unsupported types.
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
s, f, n = 'a', 1.5, None
attempt(lambda: -s)
attempt(lambda: +s)
attempt(lambda: ~f)
attempt(lambda: -n)
attempt(lambda: abs(s))
attempt(lambda: ~[1])

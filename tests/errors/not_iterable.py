# Iterating over non-iterable objects raises TypeError.
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
n, none, f = 5, None, 1.5
def loop():
    for x in n:
        pass
def unpack():
    a, b = n
attempt(loop)
attempt(unpack)
attempt(lambda: iter(none))
attempt(lambda: list(f))
attempt(lambda: sum(n))
attempt(lambda: [x for x in none])
attempt(lambda: 1 in n)
attempt(lambda: dict(n))

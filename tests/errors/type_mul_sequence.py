# Multiplying a sequence by a non-int raises TypeError.
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
s = 'a'
attempt(lambda: s * 'b')
attempt(lambda: [1] * 1.5)
attempt(lambda: (1,) * s)
attempt(lambda: s * None)
attempt(lambda: s / 2)
attempt(lambda: [1] - [1])

# ValueError from builtins given out-of-range arguments.
def attempt(fn):
    try:
        fn()
    except ValueError as e:
        print(type(e).__name__, e)
attempt(lambda: chr(-1))
attempt(lambda: chr(0x110000))
attempt(lambda: range(0, 10, 0))
attempt(lambda: [1, 2, 3][::0])
attempt(lambda: max([]))
attempt(lambda: min([]))
attempt(lambda: 1 << -1)
attempt(lambda: pow(2, 3, 0))
attempt(lambda: dict([(1, 2, 3)]))

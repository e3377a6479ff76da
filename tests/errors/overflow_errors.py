# Conversions that overflow or have no integer value.
def attempt(fn):
    try:
        fn()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
big = 10 ** 400
inf = float('inf')
nan = float('nan')
attempt(lambda: float(big))
attempt(lambda: big * 1.0)
attempt(lambda: int(inf))
attempt(lambda: int(-inf))
attempt(lambda: int(nan))
attempt(lambda: round(inf))
print(big > 1e308, -big < -1e308)

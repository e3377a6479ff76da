# Unpacking fewer values than targets.
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *rest = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = iter([1])
except ValueError as e:
    print(type(e).__name__, e)

# Unpacking more values than targets.
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    for p, q in [(1, 2), (3, 4, 5)]:
        print(p, q)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 'abc'
except ValueError as e:
    print(type(e).__name__, e)

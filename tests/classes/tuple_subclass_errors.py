# Errors on tuple subclasses: immutability, index range, constructor arguments.
class P(tuple):
    pass

p = P([1, 2])
for op in [lambda: p[5], lambda: P(1, 2), lambda: P(5),
           lambda: p + [3], lambda: p * "x", lambda: p.index(9), lambda: P(x=1)]:
    try:
        op()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
try:
    p[0] = 3
except TypeError as e:
    print("TypeError", e)
try:
    del p[0]
except TypeError as e:
    print("TypeError", e)

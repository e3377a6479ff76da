# time.mktime(time.localtime(t)) == t for several times; mktime rejects wrong tuples with TypeError.
import time
for t in (0, 86400 * 365, 1000000000, 1700000000):
    lt = time.localtime(t)
    print(t, int(time.mktime(tuple(lt[:8]) + (-1,))) == t)
for bad in ((2000, 1), "2000", None, (2000, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0)):
    try:
        time.mktime(bad)
    except TypeError:
        print(type(bad).__name__, "TypeError")

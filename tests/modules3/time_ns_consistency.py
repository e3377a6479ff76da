# time.time() is a float and time.time_ns() an int that agree within a second; both increase.
import time
a, b = time.time(), time.time_ns()
print(type(a).__name__, type(b).__name__, abs(b // 10**9 - int(a)) <= 1, a > 1.6e9, b > 1.6e18)
c = time.time_ns()
print(c >= b)
for bad in ("time.time(1)", "time.time_ns(None)"):
    try:
        eval(bad)
    except TypeError:
        print(bad, "TypeError")

# sys.exc_info() inside and outside handlers, in nested handlers and after the handler ends.
import sys
print(sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def f():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print(f().__name__)

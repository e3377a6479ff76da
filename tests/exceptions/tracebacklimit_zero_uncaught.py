# sys.tracebacklimit = 0 (or negative) prints only the exception line for an uncaught exception.
import sys

print(hasattr(sys, "tracebacklimit"))
sys.tracebacklimit = 5
print(sys.tracebacklimit)
del sys.tracebacklimit
print(hasattr(sys, "tracebacklimit"))
sys.tracebacklimit = -3

def inner():
    raise KeyError("deep")

def outer():
    inner()

outer()
